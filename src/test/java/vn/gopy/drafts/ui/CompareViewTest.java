package vn.gopy.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.shell.RecordNotFoundView;

@IntegrationTest
class CompareViewTest extends ReadingViewTest {

    @Test
    void theComparisonMarksRemovedAndAddedWordsOfEachChangedArticle() {
        long id = fixtures.open(justice, "DT-20", 40);
        fixtures.revise(justice, id);

        TestStaff.anonymous();
        open("drafts/" + id + "/compare?from=1&to=2");

        assertThat($(Paragraph.class).withClassName("compare-summary").single().getText())
                .isEqualTo("Từ phiên bản 1 đến phiên bản 2: 1 điều được sửa đổi, 1 điều mới, 1 điều bị bỏ.");
        assertThat($(HtmlBlock.class).withClassName("diff-article").all()).extracting(HtmlBlock::markup)
                .hasSize(3)
                .noneMatch(m -> m.contains("Phạm vi điều chỉnh"));
        String changed = $(HtmlBlock.class).withClassName("change-changed").single().markup();
        assertThat(changed).contains("Điều 2.", "Đối tượng áp dụng",
                "<del><span class=\"visually-hidden\">[Đã xoá] </span>đất.</del>",
                "<ins><span class=\"visually-hidden\">[Đã thêm] </span>đất và tổ chức.</ins>",
                "href=\"drafts/" + id + "/articles/2?version=2\"");
        assertThat($(HtmlBlock.class).withClassName("change-added").single().markup())
                .contains("Điều 4.", "Điều mới", "<ins>");
        assertThat($(HtmlBlock.class).withClassName("change-removed").single().markup())
                .contains("Điều 3.", "Bị bỏ", "<del>", "articles/3?version=1");
    }

    @Test
    void aRenumberedArticleSaysWhatItsNumberWas() {
        long id = fixtures.open(justice, "DT-25", 40);
        fixtures.revise(justice, id, List.of(
                new TextBlockData(BlockKind.ARTICLE, "1", "Phạm vi điều chỉnh", "Luật này quy định về đất đai."),
                new TextBlockData(BlockKind.ARTICLE, "2", "Nguyên tắc sử dụng đất", "Sử dụng đất đúng mục đích."),
                new TextBlockData(BlockKind.ARTICLE, "3", "Đối tượng áp dụng", "1. Cơ quan nhà nước.\n2. Người sử dụng đất."),
                new TextBlockData(BlockKind.ARTICLE, "4", "Giải thích từ ngữ",
                        "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:")));

        TestStaff.anonymous();
        open("drafts/" + id + "/compare?from=1&to=2&all=1");

        assertThat($(HtmlBlock.class).withClassName("change-added").single().markup()).contains("Điều 2.");
        assertThat($(HtmlBlock.class).withClassName("diff-article").all()).extracting(HtmlBlock::markup)
                .anyMatch(m -> m.contains("Điều 3.</span> <span class=\"renumbered\">(trước đây là Điều 2)</span>"))
                .anyMatch(m -> m.contains("Điều 4.</span> <span class=\"renumbered\">(trước đây là Điều 3)</span>"));
    }

    @Test
    void unchangedArticlesAreHiddenUntilTheReaderAsksForThem() {
        long id = fixtures.open(justice, "DT-21", 40);
        fixtures.revise(justice, id);

        TestStaff.anonymous();
        open("drafts/" + id + "/compare");
        assertThat($(Select.class).all()).extracting(Select::getValue).containsExactly(1, 2);

        test($(Checkbox.class).single()).click();

        assertThat(showsAddress("drafts/" + id + "/compare?from=1&to=2&all=1")).as(location()).isTrue();
        assertThat($(HtmlBlock.class).withClassName("diff-article").all()).hasSize(4);
        assertThat($(HtmlBlock.class).withClassName("change-unchanged").single().markup())
                .contains("Phạm vi điều chỉnh", "Giữ nguyên").doesNotContain("<del>", "<ins>");
    }

    @Test
    void versionNumbersTheDraftDoesNotHaveFallBackToTheLatestTwo() {
        long id = fixtures.open(justice, "DT-22", 40);
        fixtures.revise(justice, id);

        TestStaff.anonymous();
        open("drafts/" + id + "/compare?from=7&to=abc");

        assertThat($(Select.class).all()).extracting(Select::getValue).containsExactly(1, 2);
        assertThat($(HtmlBlock.class).withClassName("diff-article").all()).hasSize(3);
    }

    @Test
    void aDraftWithOneVersionSaysThereIsNothingToCompareYet() {
        long id = fixtures.open(justice, "DT-23", 40);

        TestStaff.anonymous();
        open("drafts/" + id + "/compare");

        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo("Dự thảo này mới có một phiên bản, nên chưa có gì để so sánh.");
    }

    @Test
    void aDraftThatIsNotPublicCannotBeCompared() {
        long id = fixtures.unpublished(justice, "DT-24");

        TestStaff.anonymous();
        navigate("drafts/" + id + "/compare", RecordNotFoundView.class);
    }
}
