package vn.gopy.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gopy.drafts.BlockKind.ARTICLE;
import static vn.gopy.drafts.BlockKind.CHAPTER;
import static vn.gopy.drafts.BlockKind.SECTION;
import static vn.gopy.drafts.BlockKind.TEXT;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextBlockData;

class HeadingRecogniserTest {

    private final HeadingRecogniser recogniser = new HeadingRecogniser();

    private List<TextBlockData> blocks(String... lines) {
        return recognise(lines).blocks();
    }

    private RecognisedText recognise(String... lines) {
        return recogniser.recognise(String.join("\n", lines));
    }

    private static TextBlockData block(BlockKind kind, String label, String title, String... body) {
        return new TextBlockData(kind, label, title, String.join("\n", body));
    }

    @Test
    void aSmallLawBecomesItsPreambleChaptersSectionsArticlesAndClosing() {
        RecognisedText result = recognise(
                "QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "LUẬT", "THỬ NGHIỆM",
                "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Quốc hội ban hành Luật Thử nghiệm.",
                "Chương I", "QUY ĐỊNH CHUNG",
                "Điều 1. Phạm vi điều chỉnh", "Luật này quy định về thử nghiệm.",
                "Điều 2. Giải thích từ ngữ", "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:",
                "1. Thử nghiệm là việc làm thử.", "2. Người thử nghiệm là:", "a) Cá nhân;", "b) Tổ chức.",
                "Chương II", "THỰC HIỆN THỬ NGHIỆM",
                "Mục 1. CHUẨN BỊ",
                "Điều 3. Kế hoạch thử nghiệm", "Kế hoạch thử nghiệm do Bộ trưởng phê duyệt.",
                "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 10 thông qua ngày 1 tháng 1 năm 2026.",
                "CHỦ TỊCH QUỐC HỘI", "Trần Thanh Mẫn");

        assertThat(result.blocks()).containsExactly(
                block(TEXT, "", "", "QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "LUẬT",
                        "THỬ NGHIỆM", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Quốc hội ban hành Luật Thử nghiệm."),
                block(CHAPTER, "I", "QUY ĐỊNH CHUNG"),
                block(ARTICLE, "1", "Phạm vi điều chỉnh", "Luật này quy định về thử nghiệm."),
                block(ARTICLE, "2", "Giải thích từ ngữ", "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:",
                        "1. Thử nghiệm là việc làm thử.", "2. Người thử nghiệm là:", "a) Cá nhân;", "b) Tổ chức."),
                block(CHAPTER, "II", "THỰC HIỆN THỬ NGHIỆM"),
                block(SECTION, "1", "CHUẨN BỊ"),
                block(ARTICLE, "3", "Kế hoạch thử nghiệm", "Kế hoạch thử nghiệm do Bộ trưởng phê duyệt."),
                block(TEXT, "", "", "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 10 "
                        + "thông qua ngày 1 tháng 1 năm 2026.", "CHỦ TỊCH QUỐC HỘI", "Trần Thanh Mẫn"));
        assertThat(result.warnings()).isEmpty();
        assertThat(result.articleCount()).isEqualTo(3);
        assertThat(result.chapterCount()).isEqualTo(2);
    }

    @Test
    void articleHeadingsMayUseAColonASpacedDotALetterOrNoTitle() {
        assertThat(blocks("Điều 1: Phạm vi", "a", "Điều 2 . Đối tượng", "b", "Điều 2a. Điều bổ sung", "c",
                "Điều 3.", "d", "Điều 4", "e", "ĐIỀU 5. PHẠM VI ÁP DỤNG", "f", "Điều 6.Không dấu cách", "g"))
                .extracting(TextBlockData::kind, TextBlockData::label, TextBlockData::title, TextBlockData::body)
                .containsExactly(
                        tuple(ARTICLE, "1", "Phạm vi", "a"),
                        tuple(ARTICLE, "2", "Đối tượng", "b"),
                        tuple(ARTICLE, "2a", "Điều bổ sung", "c"),
                        tuple(ARTICLE, "3", "", "d"),
                        tuple(ARTICLE, "4", "", "e"),
                        tuple(ARTICLE, "5", "PHẠM VI ÁP DỤNG", "f"),
                        tuple(ARTICLE, "6", "Không dấu cách", "g"));
    }

    @Test
    void chapterAndSectionTitlesMayStandOnTheHeadingLineInManyWays() {
        assertThat(blocks("Chương I. QUY ĐỊNH CHUNG", "Chương II: Quyền và nghĩa vụ", "CHƯƠNG III - TỔ CHỨC THỰC HIỆN",
                "Chương IV ĐIỀU KHOẢN THI HÀNH", "Chương 5", "Tổ chức thực hiện", "Mục 1", "GIAO ĐẤT, CHO THUÊ ĐẤT",
                "Mục 2: Thu hồi đất", "MỤC 3. BỒI THƯỜNG", "Điều 1. Hiệu lực", "Luật này có hiệu lực từ ngày ký."))
                .extracting(TextBlockData::kind, TextBlockData::label, TextBlockData::title)
                .containsExactly(
                        tuple(CHAPTER, "I", "QUY ĐỊNH CHUNG"),
                        tuple(CHAPTER, "II", "Quyền và nghĩa vụ"),
                        tuple(CHAPTER, "III", "TỔ CHỨC THỰC HIỆN"),
                        tuple(CHAPTER, "IV", "ĐIỀU KHOẢN THI HÀNH"),
                        tuple(CHAPTER, "5", "Tổ chức thực hiện"),
                        tuple(SECTION, "1", "GIAO ĐẤT, CHO THUÊ ĐẤT"),
                        tuple(SECTION, "2", "Thu hồi đất"),
                        tuple(SECTION, "3", "BỒI THƯỜNG"),
                        tuple(ARTICLE, "1", "Hiệu lực"));
    }

    @Test
    void aChapterTitleThatWordWrappedOverTwoLinesInCapitalsIsJoined() {
        assertThat(blocks("Chương II", "QUYỀN VÀ NGHĨA VỤ", "CỦA NGƯỜI SỬ DỤNG ĐẤT", "Điều 1. Quyền chung", "Nội dung."))
                .first().isEqualTo(block(CHAPTER, "II", "QUYỀN VÀ NGHĨA VỤ CỦA NGƯỜI SỬ DỤNG ĐẤT"));
    }

    @Test
    void referencesToArticlesInsideABodyAreNotHeadings() {
        List<TextBlockData> blocks = blocks("Điều 1. Sửa đổi, bổ sung một số điều của Luật X",
                "Điều 5 của Luật này được sửa đổi như sau:",
                "Điều 12 Luật Đất đai quy định về quyền của người sử dụng đất.",
                "Điều 7, Điều 8 và Điều 9 được bãi bỏ.",
                "Điều 5.2 của tiêu chuẩn được áp dụng.",
                "Chương II của Luật này được bãi bỏ.",
                "Mục 3 Chương IV được sửa đổi.",
                "Article 12 of the Law on Land applies.");

        assertThat(blocks).hasSize(1);
        assertThat(blocks.getFirst().body().lines()).hasSize(7);
    }

    @Test
    void articlesQuotedByAnAmendingLawStayInTheBodyOfTheAmendingArticle() {
        List<TextBlockData> blocks = blocks("Điều 1. Sửa đổi, bổ sung một số điều của Luật Lâm nghiệp",
                "1. Sửa đổi, bổ sung Điều 20 như sau:",
                "“Điều 20. Thẩm quyền quyết định chủ trương chuyển mục đích sử dụng rừng",
                "Hội đồng nhân dân cấp tỉnh quyết định chủ trương chuyển mục đích sử dụng rừng.”.",
                "2. Bổ sung Điều 20a và Điều 20b vào sau Điều 20 như sau:",
                "“Điều 20a. Điều mới thứ nhất",
                "Nội dung thứ nhất.",
                "Điều 20b. Điều mới thứ hai",
                "Mục 1. QUY ĐỊNH MỚI",
                "Nội dung thứ hai.”.",
                "3. Sửa đổi tên Điều 53 như sau: \"Điều 53. Hoạt động du lịch sinh thái\".",
                "\"Điều 54. Hoạt động nghiên cứu\";",
                "Điều 2. Hiệu lực thi hành",
                "Luật này có hiệu lực từ ngày 01 tháng 01 năm 2026.");

        assertThat(blocks).extracting(TextBlockData::kind, TextBlockData::label)
                .containsExactly(tuple(ARTICLE, "1"), tuple(ARTICLE, "2"));
        assertThat(blocks.getFirst().body()).contains("\nĐiều 20b. Điều mới thứ hai\nMục 1. QUY ĐỊNH MỚI\n")
                .endsWith("\"Điều 54. Hoạt động nghiên cứu\";");
    }

    @Test
    void aQuotationThatIsNeverClosedDoesNotHideTheFollowingHeadingsAndIsReported() {
        RecognisedText result = recognise("Điều 1. Từ ngữ", "1. “Dự thảo là văn bản đang lấy ý kiến.",
                "Điều 2. Hiệu lực", "Luật này có hiệu lực từ ngày ký.");

        assertThat(result.articleCount()).isEqualTo(2);
        assertThat(result.warnings()).extracting(w -> w.messageKey(), w -> w.blockIndex())
                .containsExactly(tuple("drafts.recognition.unclosed-quote", 0));
    }

    @Test
    void blankLinesLeadingSpacesAndWindowsLineEndingsChangeNothing() {
        String windows = "  QUỐC HỘI\r\n\r\n\tChương I\r\n\r\n   QUY ĐỊNH CHUNG  \r\n\r\n  Điều 1.   Phạm vi  \r\n"
                + "\r\n   1. Khoản một.\r\n\r\n\r\n   2. Khoản hai.\r\n";

        assertThat(recogniser.recognise(PlainText.normalise(windows)).blocks()).containsExactly(
                block(TEXT, "", "", "QUỐC HỘI"), block(CHAPTER, "I", "QUY ĐỊNH CHUNG"),
                block(ARTICLE, "1", "Phạm vi", "1. Khoản một.", "2. Khoản hai."));
    }

    @Test
    void aTextWithoutHeadingsIsOneTextBlockWithoutArticles() {
        RecognisedText result = recognise("Kính gửi: Bộ Tư pháp", "", "Chúng tôi góp ý như sau:", "1. Về Điều 5 của dự thảo.");

        assertThat(result.blocks()).containsExactly(
                block(TEXT, "", "", "Kính gửi: Bộ Tư pháp", "Chúng tôi góp ý như sau:", "1. Về Điều 5 của dự thảo."));
        assertThat(result.articleCount()).isZero();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void anEmptyTextHasNoBlocks() {
        assertThat(recognise("", "  ").blocks()).isEmpty();
    }
}
