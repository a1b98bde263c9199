package vn.gopy.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextWarning;

/** The warnings shown next to the blocks, so the drafter checks what the recogniser could not be sure of. */
class RecognitionWarningsTest {

    private final HeadingRecogniser recogniser = new HeadingRecogniser();

    private List<TextWarning> warnings(String... lines) {
        return recogniser.recognise(String.join("\n", lines)).warnings();
    }

    @Test
    void aGapInTheArticleNumbersIsReportedOnTheArticleAfterTheGap() {
        assertThat(warnings("Điều 1. A", "a", "Điều 2. B", "b", "Điều 5. C", "c"))
                .containsExactly(TextWarning.of(2, "drafts.recognition.article-gap", "5", "2"));
    }

    @Test
    void aRepeatedArticleNumberIsReported() {
        assertThat(warnings("Điều 1. A", "a", "Điều 2. B", "b", "Điều 2. C", "c"))
                .containsExactly(TextWarning.of(2, "drafts.recognition.article-duplicate", "2"));
    }

    @Test
    void articlesOutOfOrderAreReported() {
        assertThat(warnings("Điều 1. A", "a", "Điều 3. B", "b", "Điều 2. C", "c")).containsExactly(
                TextWarning.of(1, "drafts.recognition.article-gap", "3", "1"),
                TextWarning.of(2, "drafts.recognition.article-order", "2", "3"));
    }

    @Test
    void insertedArticlesWithLettersAreInOrder() {
        assertThat(warnings("Điều 1. A", "a", "Điều 1a. B", "b", "Điều 1b. C", "c", "Điều 2. D", "d")).isEmpty();
    }

    @Test
    void aTextThatStartsAfterArticleOneIsReported() {
        assertThat(warnings("Điều 4. A", "a", "Điều 5. B", "b"))
                .containsExactly(TextWarning.of(0, "drafts.recognition.article-first", "4"));
    }

    @Test
    void chaptersWithoutTitleOrOutOfSequenceAreReported() {
        assertThat(warnings("Chương I", "Điều 1. A", "a", "Chương III. CHƯƠNG BA", "Điều 2. B", "b")).containsExactly(
                TextWarning.of(0, "drafts.recognition.chapter-untitled", "I"),
                TextWarning.of(2, "drafts.recognition.chapter-sequence", "III", "I"));
    }

    @Test
    void aSectionWithoutTitleIsReported() {
        assertThat(warnings("Mục 1", "Điều 1. A", "a"))
                .containsExactly(TextWarning.of(0, "drafts.recognition.section-untitled", "1"));
    }

    @Test
    void anArticleWithoutTextIsReported() {
        assertThat(warnings("Điều 1. A", "Điều 2. B", "b"))
                .containsExactly(TextWarning.of(0, "drafts.recognition.article-empty", "1"));
    }

    @Test
    void aLongPassageBetweenHeadingsIsReportedAsAPossiblyMissedHeading() {
        List<String> lines = new ArrayList<>(List.of("Chương I", "QUY ĐỊNH CHUNG"));
        for (int i = 1; i <= StructureWarnings.LONG_TEXT_LINES + 1; i++) {
            lines.add("Dòng văn bản thứ " + i + " không thuộc điều nào.");
        }
        lines.addAll(List.of("Điều 1. A", "a"));

        RecognisedText result = recogniser.recognise(String.join("\n", lines));

        assertThat(result.warnings()).containsExactly(
                TextWarning.of(1, "drafts.recognition.long-text", (long) StructureWarnings.LONG_TEXT_LINES + 1));
    }

    @Test
    void aLongPreambleOrClosingWithNoHeadingAfterItIsNotReported() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 2 * StructureWarnings.LONG_TEXT_LINES; i++) {
            lines.add("Dòng văn bản thứ " + i + ".");
        }
        assertThat(warnings(lines.toArray(String[]::new))).isEmpty();
    }

    @Test
    void aHeadingThatLostItsDotIsKeptAsTextAndReported() {
        RecognisedText result = recogniser.recognise(String.join("\n",
                "Điều 1. Phạm vi", "Luật này quy định về thử nghiệm.", "Điều 2 Đối tượng áp dụng", "Cơ quan, tổ chức."));

        assertThat(result.articleCount()).isEqualTo(1);
        assertThat(result.warnings())
                .containsExactly(TextWarning.of(0, "drafts.recognition.unpunctuated-heading", "Điều 2 Đối tượng áp dụng"));
    }
}
