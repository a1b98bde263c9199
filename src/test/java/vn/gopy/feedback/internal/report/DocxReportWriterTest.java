package vn.gopy.feedback.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/** The Word report is read back with POI, as the agency's word processor would open it. */
class DocxReportWriterTest {

    @Test
    void sectionsAndArticlesAreRealWordHeadings() throws IOException {
        try (XWPFDocument docx = read(Reports.vietnamese())) {
            assertThat(styled(docx, "Title")).containsExactly("BÁO CÁO TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý");
            assertThat(styled(docx, "Heading1")).containsExactly("1. Quá trình lấy ý kiến",
                    "2. Tiếp thu, giải trình ý kiến góp ý theo từng điều",
                    "3. Tiếp thu, giải trình ý kiến góp ý chung về toàn bộ dự thảo");
            assertThat(styled(docx, "Heading2")).containsExactly("Điều 2. Giải thích từ ngữ",
                    "Điều 3. Các hành vi bị nghiêm cấm", "Điều 8. Đối tượng và điều kiện được sở hữu nhà ở tại Việt Nam");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        }
    }

    @Test
    void theTitleBlockAndTheConsultationAreWritten() throws IOException {
        try (XWPFDocument docx = read(Reports.vietnamese())) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains(Reports.DRAFT,
                    "Cơ quan chủ trì soạn thảo: Bộ Xây dựng", "Ngày lập báo cáo: 15/05/2026",
                    "Thời gian lấy ý kiến: từ ngày 01/03/2026 đến ngày 30/04/2026.");
        }
    }

    @Test
    void figuresAreSmallTablesWithTheirNumbers() throws IOException {
        try (XWPFDocument docx = read(Reports.vietnamese())) {
            XWPFTable totals = docx.getTables().getFirst();
            assertThat(cells(totals.getRow(0))).containsExactly("Tổng số ý kiến", "Số ý kiến");
            assertThat(cells(totals.getRow(1))).containsExactly("Ý kiến nhận được", "1.257");
            assertThat(cells(totals.getRow(5))).containsExactly("Đã tiếp thu, giải trình", "1.245");
            assertThat(cells(docx.getTables().get(1).getRow(2))).containsExactly("Doanh nghiệp", "12");
            assertThat(cells(docx.getTables().get(2).getRow(4))).containsExactly("Ghi nhận", "1.212");
        }
    }

    @Test
    void eachArticleHasATableWithARepeatedHeaderAndOneRowPerComment() throws IOException {
        try (XWPFDocument docx = read(Reports.vietnamese())) {
            // three count tables, then Điều 2, Điều 3, Điều 8 and the general comments
            assertThat(docx.getTables()).hasSize(7);
            XWPFTable article3 = docx.getTables().get(4);
            assertThat(article3.getRows()).hasSize(3);
            assertThat(article3.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(article3.getRow(0))).containsExactly("STT", "Cơ quan, tổ chức, cá nhân góp ý",
                    "Nội dung góp ý", "Kết quả", "Giải trình");
            List<String> campaign = cells(article3.getRow(1));
            assertThat(campaign.get(0)).isEqualTo("2");
            assertThat(campaign.get(1)).isEqualTo("Hiệp hội Bất động sản Việt Nam (hiệp hội)\n214 người cùng gửi\n"
                    + "Mã số: GY-2026-000144");
            assertThat(campaign.get(3)).isEqualTo("Tiếp thu một phần");
            assertThat(campaign.get(4)).isEqualTo(Reports.CAMPAIGN_EXPLANATION + "\nĐã chỉnh sửa tại: Điều 3 khoản 2");
            assertThat(cells(docx.getTables().get(5).getRow(1))).contains(Reports.UNANSWERED_COMMENT, "Chưa trả lời");
            assertThat(cells(docx.getTables().get(6).getRow(1)).getFirst()).isEqualTo("5");
        }
    }

    @Test
    void thePageIsA4() throws IOException {
        try (XWPFDocument docx = read(Reports.vietnamese())) {
            CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
        }
    }

    @Test
    void aLongReportHasARowForEveryComment() throws IOException {
        try (XWPFDocument docx = read(Reports.many(300))) {
            int rows = docx.getTables().stream().skip(3).mapToInt(table -> table.getRows().size() - 1).sum();
            assertThat(rows).isEqualTo(300);
            XWPFTable last = docx.getTables().getLast();
            assertThat(cells(last.getRow(1))).containsExactly("300", "Người góp ý cuối cùng",
                    "Ý kiến cuối cùng của báo cáo", "Ghi nhận", "Giải trình cuối cùng");
        }
    }

    @Test
    void aReportWithoutCommentsSaysSoAndHasNoTables() throws IOException {
        try (XWPFDocument docx = read(Reports.empty("vi"))) {
            assertThat(docx.getTables()).isEmpty();
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Không nhận được ý kiến góp ý nào trong thời gian lấy ý kiến.")
                    .doesNotContain("2. Tiếp thu, giải trình ý kiến góp ý theo từng điều");
        }
    }

    @Test
    void anEnglishReportHasEnglishHeadings() throws IOException {
        try (XWPFDocument docx = read(Reports.english())) {
            assertThat(styled(docx, "Heading1")).contains("1. The consultation");
            assertThat(cells(docx.getTables().getFirst().getRow(1))).containsExactly("Received", "1,257");
        }
    }

    static byte[] write(ReceptionReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        return out.toByteArray();
    }

    private static XWPFDocument read(ReceptionReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(write(report)));
    }

    private static List<String> styled(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    /** Each cell's paragraphs, one line each. */
    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getParagraphs().stream().map(XWPFParagraph::getText)
                .collect(Collectors.joining("\n"))).toList();
    }
}
