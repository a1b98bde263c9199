package vn.gopy.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;

/** Where the last article ends and the closing (adoption sentence, signature) begins. */
class TextClosingTest {

    private final HeadingRecogniser recogniser = new HeadingRecogniser();

    private List<TextBlockData> blocks(String... lines) {
        return recogniser.recognise(String.join("\n", lines)).blocks();
    }

    @Test
    void theAdoptionSentenceAndTheSignatureFormTheClosing() {
        List<TextBlockData> blocks = blocks("Điều 9. Hiệu lực thi hành", "Luật này có hiệu lực từ ngày 01 tháng 7 năm 2026.",
                "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 10 thông qua ngày 20 tháng 6 năm 2026./.",
                "CHỦ TỊCH QUỐC HỘI", "(Đã ký)", "Trần Thanh Mẫn");

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).body()).isEqualTo("Luật này có hiệu lực từ ngày 01 tháng 7 năm 2026.");
        assertThat(blocks.get(1).kind()).isEqualTo(BlockKind.TEXT);
        assertThat(blocks.get(1).body().lines()).hasSize(4).last().isEqualTo("Trần Thanh Mẫn");
    }

    @Test
    void aSignatureBlockWithoutAdoptionSentenceFormsTheClosing() {
        List<TextBlockData> blocks = blocks("Điều 5. Trách nhiệm thi hành",
                "1. Nghị định này có hiệu lực từ ngày ký.", "2. Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này.",
                "Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", "- Lưu: VT.", "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Phạm Minh Chính");

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).body().lines()).hasSize(2);
        assertThat(blocks.get(1).body()).startsWith("Nơi nhận:").endsWith("Phạm Minh Chính");
    }

    @Test
    void textAfterAnAdoptionLikeSentenceThatIsNoSignatureStaysInTheArticle() {
        List<TextBlockData> blocks = blocks("Điều 3. Chuyển tiếp",
                "Dự án đã có quyết định đầu tư thì tiếp tục thực hiện.",
                "Nghị quyết này được Quốc hội thông qua trước ngày Luật này có hiệu lực thì tiếp tục áp dụng.",
                "1. Trường hợp dự án đang thực hiện thì tiếp tục theo quyết định đã ban hành.");

        assertThat(blocks).hasSize(1);
        assertThat(blocks.getFirst().body().lines()).hasSize(3);
    }

    @Test
    void anArticleKeepsItsFirstLineEvenWhenItLooksLikeASignature() {
        List<TextBlockData> blocks = blocks("Điều 3. Danh mục", "PHỤ LỤC I", "Danh mục cơ quan");

        assertThat(blocks).containsExactly(new TextBlockData(BlockKind.ARTICLE, "3", "Danh mục", "PHỤ LỤC I\nDanh mục cơ quan"));
    }

    @Test
    void shortLinesInCapitalsInsideTheLastArticleAreNotTakenForASignatureWhenClausesFollow() {
        List<TextBlockData> blocks = blocks("Điều 3. Bảng phí", "Mức phí như sau:", "STT", "LOẠI PHÍ", "1. Phí thẩm định.");

        assertThat(blocks).hasSize(1);
    }
}
