package vn.gopy.drafts.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;

class EditableTextTest {

    private static TextBlockData article(String number, String title, String body) {
        return new TextBlockData(BlockKind.ARTICLE, number, title, body);
    }

    @Test
    void splittingAtAMissedArticleHeadingMakesThatArticle() {
        EditableText text = new EditableText(List.of(
                article("4", "Quyền của người sử dụng đất", "1. Được cấp giấy chứng nhận.\nĐiều 5. Nghĩa vụ của người sử dụng đất\n1. Nộp thuế.")),
                "vi");

        EditableBlock created = text.splitAt(text.at(0), 1);

        assertThat(text.toData()).containsExactly(
                article("4", "Quyền của người sử dụng đất", "1. Được cấp giấy chứng nhận."),
                article("5", "Nghĩa vụ của người sử dụng đất", "1. Nộp thuế."));
        assertThat(created).isSameAs(text.at(1));
    }

    @Test
    void splittingAtAChapterHeadingTakesItsTitleFromTheNextLine() {
        EditableText text = new EditableText(List.of(article("9", "Hiệu lực", "Luật này có hiệu lực.\nChương II\nQUY ĐỊNH KHÁC\nNội dung.")), "vi");

        text.splitAt(text.at(0), 1);

        assertThat(text.at(1).toData()).isEqualTo(new TextBlockData(BlockKind.CHAPTER, "II", "QUY ĐỊNH KHÁC", "Nội dung."));
    }

    @Test
    void splittingAtAnOrdinaryLineMakesPlainTextForTheDrafterToClassify() {
        EditableText text = new EditableText(List.of(new TextBlockData(BlockKind.TEXT, "", "", "Căn cứ Hiến pháp;\nTheo đề nghị của Bộ trưởng;")), "vi");

        assertThat(text.canSplitAt(text.at(0), 0)).isFalse();
        text.splitAt(text.at(0), 1);

        assertThat(text.toData()).extracting(TextBlockData::body)
                .containsExactly("Căn cứ Hiến pháp;", "Theo đề nghị của Bộ trưởng;");
        assertThat(text.at(1).kind()).isEqualTo(BlockKind.TEXT);
    }

    @Test
    void mergingAWronglyRecognisedHeadingWritesItBackAsALineOfThePreviousBlock() {
        EditableText text = new EditableText(List.of(
                article("3", "Giải thích từ ngữ", "Theo quy định tại"),
                article("12", "của Luật này", "thì được hiểu như sau.")), "vi");

        EditableBlock merged = text.mergeIntoPrevious(text.at(1));

        assertThat(text.size()).isEqualTo(1);
        assertThat(merged.body()).isEqualTo("Theo quy định tại\nĐiều 12. của Luật này\nthì được hiểu như sau.");
        assertThat(text.canMerge(merged)).isFalse();
    }

    @Test
    void deletingABlockShowsTheOneThatTookItsPlace() {
        EditableText text = new EditableText(List.of(article("1", "A", ""), article("2", "B", ""), article("3", "C", "")), "en");

        assertThat(text.delete(text.at(1)).label()).isEqualTo("3");
        assertThat(text.delete(text.at(1)).label()).isEqualTo("1");
        assertThat(text.toData()).extracting(TextBlockData::label).containsExactly("1");
    }

    @Test
    void headingsAreReadInEnglishAndWrittenInTheDraftsLanguage() {
        assertThat(HeadingText.read("Article 7a: Transitional provisions"))
                .hasValueSatisfying(h -> assertThat(h).isEqualTo(new HeadingText.Heading(BlockKind.ARTICLE, "7a", "Transitional provisions")));
        assertThat(HeadingText.read("Mục 2. Thu hồi đất")).hasValueSatisfying(h -> assertThat(h.kind()).isEqualTo(BlockKind.SECTION));
        assertThat(HeadingText.read("Điều kiện được cấp phép")).isEmpty();
        assertThat(HeadingText.write(BlockKind.CHAPTER, "II", "OTHER RULES", "en")).isEqualTo("Chapter II OTHER RULES");
    }
}
