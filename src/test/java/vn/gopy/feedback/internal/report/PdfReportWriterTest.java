package vn.gopy.feedback.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF is read back with PDFBox, as a reader's PDF viewer would read it: text, fonts, pages. */
class PdfReportWriterTest {

    @Test
    void vietnameseTextComesOutIntact() throws IOException {
        String text = text(Reports.vietnamese());

        assertThat(text).contains("BÁO CÁO TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý", Reports.DRAFT,
                "Cơ quan chủ trì soạn thảo: Bộ Xây dựng", "Số, ký hiệu: 125/TTr-BXD", "Ngày lập báo cáo: 15/05/2026",
                "tiếp thu", "giải trình", "ý kiến", "Ngưỡng", "Hồ Chí Minh");
    }

    @Test
    void theConsultationGivesItsWindowChannelsAndFigures() throws IOException {
        String text = text(Reports.vietnamese());

        assertThat(text).contains("Thời gian lấy ý kiến: từ ngày 01/03/2026 đến ngày 30/04/2026.",
                "Hình thức lấy ý kiến: Cổng góp ý trực tuyến, thư điện tử, hội thảo tại Thành phố Hồ Chí Minh.",
                "Ý kiến nhận được 1.257", "Đã công bố 1.248", "Không công bố 6", "Đang chờ kiểm duyệt 3",
                "Đã tiếp thu, giải trình 1.245", "Theo đối tượng góp ý Số ý kiến", "Doanh nghiệp 12",
                "Theo kết quả tiếp thu Số ý kiến", "Tiếp thu một phần 9", "Ghi nhận 1.212");
    }

    @Test
    void commentsAreGivenArticleByArticleAndArticlesWithoutCommentsAreLeftOut() throws IOException {
        String text = text(Reports.vietnamese());

        assertThat(text).contains("Điều 2. Giải thích từ ngữ", "Điều 3. Các hành vi bị nghiêm cấm",
                "Điều 8. Đối tượng và điều kiện được sở hữu nhà ở tại Việt Nam",
                "3. Tiếp thu, giải trình ý kiến góp ý chung về toàn bộ dự thảo",
                "STT Cơ quan, tổ chức, cá nhân góp ý Nội dung góp ý Kết quả Giải trình");
        assertThat(text).doesNotContain("Phạm vi điều chỉnh");
        assertThat(text.indexOf("Điều 2.")).isLessThan(text.indexOf("Điều 3.")).isLessThan(text.indexOf("Điều 8."));
    }

    @Test
    void eachRowSaysWhoWhatAndHowItWasTakenIntoAccount() throws IOException {
        String text = text(Reports.vietnamese());

        assertThat(text).contains("Hiệp hội Bất động sản Việt Nam (hiệp hội)", "214 người cùng gửi",
                "Mã số: GY-2026-000144", Reports.CAMPAIGN_EXPLANATION, "Đã chỉnh sửa tại: Điều 3 khoản 2",
                Reports.UNANSWERED_COMMENT, "Chưa trả lời");
        assertThat(text).doesNotContain("1 người cùng gửi");
    }

    @Test
    void theFontIsEmbeddedSoTheReportReadsTheSameEverywhere() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(Reports.vietnamese()))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSerif");
            });
        }
    }

    @Test
    void aLongReportRunsOverManyA4PagesNumberedAndEndsWithTheLastComment() throws IOException {
        byte[] pdf = write(Reports.many(300));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.api.Assertions.within(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.api.Assertions.within(1f));
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("Ý kiến cuối cùng của báo cáo", "Giải trình cuối cùng", "Trang 1/" + pages,
                    "Trang " + pages + "/" + pages);
            // the header row is repeated on the pages a table runs over
            assertThat(occurrences(text, "Nội dung góp ý")).isGreaterThan(pages);
            assertThat(text).contains("Người góp ý số 10026");
        }
    }

    @Test
    void aCommentLongerThanAPageRunsOnToTheNextPageWhole() throws IOException {
        ReceptionReport report = Reports.vietnamese();
        String longComment = "Đoạn góp ý dài về quyền sở hữu nhà ở của người dân. ".repeat(400) + "Hết ý kiến dài.";
        ReceptionReport.Entry entry = new ReceptionReport.Entry("Ẩn danh (cá nhân)", 1, null, longComment, "Ghi nhận",
                "Giải trình cho ý kiến dài.", null);
        report = new ReceptionReport(report.language(), report.draftTitle(), report.referenceNumber(),
                report.agencyName(), report.opensOn(), report.closesOn(), report.writtenOn(), report.channels(),
                report.totals(), report.byCommenterKind(), report.byOutcome(), report.articles(), List.of(entry));

        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(flat(new PDFTextStripper().getText(pdf))).contains("Hết ý kiến dài.", "Giải trình cho ý kiến dài.");
        }
    }

    @Test
    void textTypedWithCombiningAccentsComesOutComposed() throws IOException {
        ReceptionReport report = Reports.vietnamese();
        String decomposed = Normalizer.normalize("Đề nghị tiếp thu ý kiến của người dân", Normalizer.Form.NFD);
        ReceptionReport.Entry entry = new ReceptionReport.Entry("Ẩn danh (cá nhân)", 1, null, decomposed, null, null,
                null);
        report = new ReceptionReport(report.language(), report.draftTitle(), report.referenceNumber(),
                report.agencyName(), report.opensOn(), report.closesOn(), report.writtenOn(), report.channels(),
                report.totals(), report.byCommenterKind(), report.byOutcome(), report.articles(), List.of(entry));

        assertThat(text(report)).contains("Đề nghị tiếp thu ý kiến của người dân");
    }

    @Test
    void aReportWithoutCommentsSaysSoInsteadOfShowingEmptyTables() throws IOException {
        String text = text(Reports.empty("vi"));

        assertThat(text).contains("1. Quá trình lấy ý kiến",
                "Không nhận được ý kiến góp ý nào trong thời gian lấy ý kiến.");
        assertThat(text).doesNotContain("STT", "Số ý kiến", "Điều 1", "2. Tiếp thu");
    }

    @Test
    void anEnglishReportHasEnglishHeadingsAndNumbers() throws IOException {
        String text = text(Reports.english());

        assertThat(text).contains("REPORT ON THE COMMENTS RECEIVED", "Drafting agency: Bộ Xây dựng",
                "Received 1,257", "2. Comments on each article", "Sent by 214 people", "Not yet answered",
                "Consultation period: from 01/03/2026 to 30/04/2026.", "Page 1/");
    }

    static byte[] write(ReceptionReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, out);
        return out.toByteArray();
    }

    private static String text(ReceptionReport report) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            return flat(new PDFTextStripper().getText(pdf));
        }
    }

    /** Lines are wrapped where the page or the cell ends; the words are what counts. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int occurrences(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }
}
