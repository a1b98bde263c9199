package vn.gopy.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextBlockData;

/** The four real laws shipped as demo data, recognised whole; counts from /work/shared/data/SOURCES.md. */
class RealLawsRecognitionTest {

    static final String LAND = "vi-luat-dat-dai-2024.txt";
    static final String HOUSING = "vi-luat-nha-o-2023.txt";
    static final String ENTERPRISES = "vi-luat-doanh-nghiep-2020.txt";
    static final String LEGAL_DOCUMENTS = "vi-luat-ban-hanh-van-ban-quy-pham-phap-luat-2015.txt";

    /** The independent oracle: heading lines as the script that counted them in SOURCES.md saw them. */
    private static final Pattern HEADING = Pattern.compile("(?:Điều|Article) [0-9]+\\. .*|(?:Chương|Chapter) [IVXLC]+|Mục [0-9]+\\. .*");

    private final HeadingRecogniser recogniser = new HeadingRecogniser();

    static String law(String fileName) {
        try (InputStream in = RealLawsRecognitionTest.class.getResourceAsStream("/demo/legal-texts/" + fileName)) {
            return PlainText.normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {1} chapters, {2} sections, {3} articles")
    @CsvSource({LAND + ",16,28,260", HOUSING + ",13,36,198", ENTERPRISES + ",10,2,218", LEGAL_DOCUMENTS + ",17,10,173"})
    void aRealLawIsRecognisedWithAllItsChaptersSectionsAndArticlesInOrderAndNoWarnings(
            String fileName, int chapters, int sections, int articles) {
        RecognisedText result = recogniser.recognise(law(fileName));

        assertThat(result.chapterCount()).isEqualTo(chapters);
        assertThat(result.blocks()).filteredOn(b -> b.kind() == BlockKind.SECTION).hasSize(sections);
        assertThat(result.blocks()).filteredOn(TextBlockData::isArticle).extracting(TextBlockData::label)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, articles).mapToObj(Integer::toString).toList());
        assertThat(result.blocks()).filteredOn(b -> b.kind() != BlockKind.TEXT)
                .allSatisfy(b -> assertThat(b.title()).isNotBlank());
        assertThat(result.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({LAND, HOUSING, ENTERPRISES, LEGAL_DOCUMENTS})
    void thePreambleAndTheClosingAreTextBlocksOutsideTheArticles(String fileName) {
        List<TextBlockData> blocks = recogniser.recognise(law(fileName)).blocks();

        TextBlockData first = blocks.getFirst();
        assertThat(first.kind()).isEqualTo(BlockKind.TEXT);
        assertThat(first.body()).startsWith("QUỐC HỘI").contains("Căn cứ Hiến pháp").contains("\nLUẬT\n");
        TextBlockData last = blocks.getLast();
        assertThat(last.kind()).isEqualTo(BlockKind.TEXT);
        assertThat(last.body()).containsPattern("^Luật này (đã )?được Quốc hội").contains("thông qua")
                .contains("\nCHỦ TỊCH QUỐC HỘI\n");
        TextBlockData lastArticle = blocks.get(blocks.size() - 2);
        assertThat(lastArticle.isArticle()).isTrue();
        assertThat(lastArticle.body()).isNotBlank().doesNotContain("CHỦ TỊCH QUỐC HỘI").doesNotContain("thông qua ngày");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({LAND, HOUSING, ENTERPRISES, LEGAL_DOCUMENTS})
    void everyLineOfTheLawIsInExactlyOneBlockInItsOriginalOrder(String fileName) {
        List<String> lines = law(fileName).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> headingLines = new ArrayList<>();
        List<String> otherLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean chapterTitle = i > 0 && lines.get(i - 1).matches("Chương [IVXLC]+");
            (HEADING.matcher(lines.get(i)).matches() || chapterTitle ? headingLines : otherLines).add(lines.get(i));
        }

        List<TextBlockData> blocks = recogniser.recognise(law(fileName)).blocks();

        assertThat(blocks.stream().flatMap(b -> b.body().isEmpty() ? Stream.<String>empty() : Arrays.stream(b.body().split("\n"))))
                .containsExactlyElementsOf(otherLines);
        assertThat(blocks.stream().flatMap(b -> switch (b.kind()) {
            case ARTICLE -> Stream.of("Điều " + b.label() + ". " + b.title());
            case CHAPTER -> Stream.of("Chương " + b.label(), b.title());
            case SECTION -> Stream.of("Mục " + b.label() + ". " + b.title());
            case TEXT -> Stream.<String>empty();
        })).containsExactlyElementsOf(headingLines);
    }

    @Test
    void theLandLawReadsAsPublished() {
        List<TextBlockData> blocks = recogniser.recognise(law(LAND)).blocks();

        TextBlockData article1 = article(blocks, "1");
        assertThat(article1.title()).isEqualTo("Phạm vi điều chỉnh");
        assertThat(article1.body()).startsWith("Luật này quy định về chế độ sở hữu đất đai");
        assertThat(blocks.get(1)).isEqualTo(new TextBlockData(BlockKind.CHAPTER, "I", "QUY ĐỊNH CHUNG", ""));
        assertThat(blocks).contains(new TextBlockData(BlockKind.SECTION, "2", "QUẢN LÝ NHÀ NƯỚC VỀ ĐẤT ĐAI", ""));
        assertThat(article(blocks, "2").body().lines()).containsExactly("1. Cơ quan nhà nước thực hiện quyền hạn và "
                + "trách nhiệm đại diện chủ sở hữu toàn dân về đất đai, thực hiện nhiệm vụ thống nhất quản lý nhà nước về đất đai.",
                "2. Người sử dụng đất.", "3. Các đối tượng khác có liên quan đến việc quản lý, sử dụng đất đai.");
        // Chương XVI amends other laws: the articles it quotes stay in the body of the amending article.
        assertThat(article(blocks, "248").body()).contains("\n“Điều 20. Thẩm quyền quyết định chủ trương chuyển mục đích");
        assertThat(article(blocks, "243").body()).contains("\nSTT\nTÊN QUY HOẠCH\n");
        assertThat(article(blocks, "260").title()).isEqualTo("Quy định chuyển tiếp một số trường hợp khác khi Luật này có hiệu lực thi hành");
    }

    @Test
    void allFourLawsAreRecognisedInOneGo() {
        long articles = 0;
        for (String fileName : List.of(LAND, HOUSING, ENTERPRISES, LEGAL_DOCUMENTS)) {
            articles += recogniser.recognise(law(fileName)).articleCount();
        }
        assertThat(articles).isEqualTo(260 + 198 + 218 + 173);
    }

    private static TextBlockData article(List<TextBlockData> blocks, String label) {
        return blocks.stream().filter(b -> b.isArticle() && b.label().equals(label)).findFirst().orElseThrow();
    }
}
