package vn.gopy.comments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommenterKind;

/** The comments on a draft's page: the buttons while open, the counts, and the published comments. */
class DraftPageCommentsTest extends CommentViewTest {

    /** Everything the page puts in as markup (the articles, the table of contents). */
    private String markup() {
        return markupOf(getCurrentView().getElement()).collect(Collectors.joining("\n"));
    }

    private static Stream<String> markupOf(Element element) {
        String own = element.getProperty("innerHTML", "");
        return Stream.concat(Stream.of(own), element.getChildren().flatMap(DraftPageCommentsTest::markupOf));
    }

    private List<String> shownTexts() {
        return $(PublishedCommentView.class).all().stream()
                .map(c -> test(c).find(Paragraph.class).first().getText()).toList();
    }

    @Test
    void anOpenDraftOffersToCommentOnItAndOnEachArticle() {
        long id = fixtures.openDraft(justice, "DP-1");
        TestStaff.anonymous();

        open("drafts/" + id);

        assertThat($(Anchor.class).withClassName("comment-button-primary").single().getHref())
                .isEqualTo("drafts/" + id + "/comment");
        assertThat(markup()).contains("<a class=\"comment-button\" href=\"drafts/" + id + "/articles/3/comment\">Góp ý"
                + "<span class=\"visually-hidden\"> Điều 3</span></a>");
        assertThat($(CommentsSection.class).single().getElement().getTextRecursively())
                .contains("Ý kiến góp ý (0)", "Chưa có ý kiến nào được công bố.");
    }

    @Test
    void aClosedDraftShowsItsPublishedCommentsButNoButtonToComment() {
        long id = fixtures.openDraft(justice, "DP-2");
        fixtures.published(id, "2", "Đề nghị bỏ khoản 2.\nLý do: trùng lặp.", "an@example.vn", CommenterKind.INDIVIDUAL);
        fixtures.published(id, "2", "Ủng hộ Điều 2.", "binh@example.vn", CommenterKind.BUSINESS);
        fixtures.published(id, null, "Ý kiến chung <img src=x onerror=alert(1)>.", "chi@example.vn",
                CommenterKind.INDIVIDUAL);
        clock.advance(Duration.ofDays(41));
        TestStaff.anonymous();

        open("drafts/" + id);

        assertThat($(Anchor.class).withClassName("comment-button-primary").all()).isEmpty();
        assertThat(markup()).doesNotContain("/comment\"")
                .contains("<span class=\"toc-comments\"", ">2</span>", "2 ý kiến")
                .contains("href=\"drafts/" + id + "/articles/2?comments=newest\">2 ý kiến</a>")
                .doesNotContain("<img src=x");
        String section = $(CommentsSection.class).single().getElement().getTextRecursively();
        assertThat(section).contains("Ý kiến góp ý (3)", "Ý kiến chung <img src=x onerror=alert(1)>.",
                "Đề nghị bỏ khoản 2.", "Lý do: trùng lặp.", "Nguyễn Văn An", "Doanh nghiệp", "Hà Nội",
                "Công ty Xây dựng Ánh Dương");
    }

    @Test
    void anArticlesAddressShowsThatArticlesCommentsWithAWayToSeeAll() {
        long id = fixtures.openDraft(justice, "DP-3");
        fixtures.published(id, "2", "Về Điều 2.", "an@example.vn", CommenterKind.INDIVIDUAL);
        fixtures.published(id, "3", "Về Điều 3.", "binh@example.vn", CommenterKind.INDIVIDUAL);
        TestStaff.anonymous();

        open("drafts/" + id + "/articles/3");

        assertThat(shownTexts()).containsExactly("Về Điều 3.");
        Anchor all = test($(CommentsSection.class).single()).find(Anchor.class).withText("Xem tất cả ý kiến").single();
        assertThat(all.getHref()).isEqualTo("drafts/" + id + "?comments=newest");
        open(all.getHref());
        assertThat(shownTexts()).containsExactlyInAnyOrder("Về Điều 2.", "Về Điều 3.");
    }

    @Test
    void commentsShowNewestOrOldestFirstAndFromOneKindOfCommenter() {
        long id = fixtures.openDraft(justice, "DP-4");
        fixtures.published(id, null, "Thứ nhất.", "an@example.vn", CommenterKind.INDIVIDUAL);
        fixtures.published(id, null, "Thứ hai.", "binh@example.vn", CommenterKind.BUSINESS);
        fixtures.published(id, null, "Thứ ba.", "chi@example.vn", CommenterKind.INDIVIDUAL);
        TestStaff.anonymous();

        open("drafts/" + id);
        assertThat(shownTexts()).containsExactly("Thứ ba.", "Thứ hai.", "Thứ nhất.");

        Select<?> order = test($(CommentsSection.class).single()).find(Select.class).first();
        test(order).selectItem("Cũ nhất trước");
        assertThat(shownTexts()).containsExactly("Thứ nhất.", "Thứ hai.", "Thứ ba.");
        assertThat(location()).isEqualTo("drafts/" + id + "?comments=oldest");

        open("drafts/" + id + "?comments=oldest&by=BUSINESS");
        assertThat(shownTexts()).containsExactly("Thứ hai.");
        open("drafts/" + id + "?comments=newest&by=PUBLIC_BODY");
        assertThat($(CommentsSection.class).single().getElement().getTextRecursively())
                .contains("Chưa có ý kiến nào của nhóm này được công bố.");
    }

    @Test
    void manyCommentsComeTwentyAPage() {
        long id = fixtures.openDraft(justice, "DP-5");
        for (int i = 1; i <= 23; i++) {
            fixtures.published(id, "1", "Ý kiến số " + i + ".", "nguoi" + i + "@example.vn", CommenterKind.INDIVIDUAL);
        }
        TestStaff.anonymous();

        open("drafts/" + id);
        assertThat(shownTexts()).hasSize(20).startsWith("Ý kiến số 23.");
        Anchor next = test($(CommentsSection.class).single()).find(Anchor.class).withText("Trang sau ›").single();
        assertThat(next.getHref()).isEqualTo("drafts/" + id + "?comments=newest&cpage=2");

        open(next.getHref());
        assertThat(shownTexts()).containsExactly("Ý kiến số 3.", "Ý kiến số 2.", "Ý kiến số 1.");
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
