package vn.gopy.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextBlockData;

/** A fictional English draft (test resource) with the usual English headings: Chapter, Section, Article. */
class EnglishDraftRecognitionTest {

    private final RecognisedText result = new HeadingRecogniser().recognise(draft());

    private static String draft() {
        try (InputStream in = EnglishDraftRecognitionTest.class.getResourceAsStream("en-draft-law-digital-public-consultation.txt")) {
            return PlainText.normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theEnglishDraftHasItsChaptersSectionsAndArticles() {
        assertThat(result.blocks()).filteredOn(b -> b.kind() != BlockKind.TEXT)
                .extracting(TextBlockData::kind, TextBlockData::label, TextBlockData::title)
                .containsExactly(
                        tuple(BlockKind.CHAPTER, "I", "GENERAL PROVISIONS"),
                        tuple(BlockKind.ARTICLE, "1", "Scope"),
                        tuple(BlockKind.ARTICLE, "2", "Subjects of application"),
                        tuple(BlockKind.ARTICLE, "3", "Interpretation of terms"),
                        tuple(BlockKind.ARTICLE, "4", "Principles of consultation"),
                        tuple(BlockKind.CHAPTER, "II", "CONDUCT OF CONSULTATION"),
                        tuple(BlockKind.SECTION, "1", "PUBLICATION OF DRAFTS"),
                        tuple(BlockKind.ARTICLE, "5", "Publication of a draft"),
                        tuple(BlockKind.ARTICLE, "6", "Accessibility"),
                        tuple(BlockKind.SECTION, "2", "COMMENTS AND RESPONSES"),
                        tuple(BlockKind.ARTICLE, "7", "Consultation period"),
                        tuple(BlockKind.ARTICLE, "8", "Reception of comments and responses"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void clausesPointsAndReferencesStayInTheArticleBody() {
        TextBlockData article4 = article("4");
        assertThat(article4.body().lines()).hasSize(5).element(2).isEqualTo("a) Open to everyone, free of charge and without registration;");
        assertThat(article("5").body()).endsWith("\n2. Article 12 of the Law on Promulgation of Legal Documents continues "
                + "to apply to the publication of drafts in the Official Gazette.");
    }

    @Test
    void thePreambleAndTheClosingAreText() {
        List<TextBlockData> blocks = result.blocks();
        assertThat(blocks.getFirst().body()).startsWith("NATIONAL ASSEMBLY").contains("\nPursuant to the Constitution");
        assertThat(blocks.getLast().body()).startsWith("This Law was passed by the XVth National Assembly")
                .endsWith("\nCHAIRPERSON OF THE NATIONAL ASSEMBLY");
        assertThat(article("8").body()).endsWith("3. The Government shall detail this Article.");
    }

    private TextBlockData article(String label) {
        return result.blocks().stream().filter(b -> b.isArticle() && b.label().equals(label)).findFirst().orElseThrow();
    }
}
