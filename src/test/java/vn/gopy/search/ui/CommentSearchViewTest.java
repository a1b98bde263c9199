package vn.gopy.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.business;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.drafts.DraftFixtures;

/** The comments side of the search page: the switch in the address, the results, who commented, staff badges. */
@IntegrationTest
class CommentSearchViewTest extends SearchUiTest {

    @Autowired DraftFixtures drafts;
    @Autowired CommentFixtures comments;
    @Autowired CommentService commentService;

    long draft;

    @BeforeEach
    void aDraftWithComments() {
        draft = drafts.openDraft(justice, "VT-1/2026", 60);
        comments.published(submission(draft, "2", "Đề nghị giảm lệ phí trước bạ.", uniqueEmail()));
        comments.published(business(draft, null, "Lệ phí cấp phép xây dựng còn cao.", uniqueEmail()));
        String awaiting = commentService.submit(submission(draft, "1", "Lệ phí đo đạc địa chính cần công khai.",
                uniqueEmail()), "192.0.2.1").trackingNumber();
        comments.confirm(awaiting);
        TestStaff.anonymous();
    }

    @Test
    void theCommentsTabKeepsTheWordsAndShowsMarkedCommentsWithTheirArticle() {
        open("search?q=truoc ba");
        Anchor tab = $(Anchor.class).withClassName("search-scope-comments").single();
        assertThat(tab.getHref()).startsWith("search?");
        assertThat(QueryParameters.fromString(tab.getHref().substring("search?".length())).getParameters())
                .isEqualTo(Map.of("in", List.of("comments"), "q", List.of("truoc ba")));
        assertThat(tab.getElement().hasAttribute("aria-current")).isFalse();

        open(tab.getHref());

        assertThat($(H1.class).single().getText()).isEqualTo("Tìm kiếm ý kiến góp ý");
        assertThat($(Anchor.class).withClassName("search-scope-comments").single().getElement()
                .getAttribute("aria-current")).isEqualTo("page");
        Article hit = $(Article.class).withClassName("comment-hit").single();
        assertThat(hit.getElement().getOuterHTML()).contains("<mark>trước bạ</mark>");
        Anchor about = test(hit).find(Anchor.class).withClassName("comment-hit-about").single();
        assertThat(about.getHref()).isEqualTo("drafts/" + draft + "/articles/2#comments");
        assertThat(about.getText()).startsWith("Điều 2 · Luật Đất đai");
        assertThat(test(hit).find(Paragraph.class).withClassName("comment-hit-who").single().getText())
                .startsWith("Nguyễn Thị Lan · Cá nhân · ");
        assertThat($(Span.class).withClassName("comment-state").all()).as("no badge for the public").isEmpty();
    }

    @Test
    void aCommenterKindNarrowsTheResultsThroughTheAddress() {
        open("search?in=comments&q=le phi");
        assertThat($(Article.class).withClassName("comment-hit").all()).hasSize(2);

        Checkbox businesses = $(Checkbox.class).withClassName("facet-value").all().stream()
                .filter(box -> text(box).startsWith("Doanh nghiệp")).findFirst().orElseThrow();
        test(businesses).click();

        assertThat(parameters()).isEqualTo(Map.of("in", List.of("comments"), "q", List.of("le phi"),
                "kind", List.of("BUSINESS")));
        Article hit = $(Article.class).withClassName("comment-hit").single();
        assertThat(test(hit).find(Anchor.class).single().getHref()).isEqualTo("drafts/" + draft + "#comments");
    }

    @Test
    void searchingAgainStaysInTheComments() {
        open("search?in=comments&q=truoc ba");
        SearchBox box = $(SearchBox.class).single();
        test(box.field()).setValue("xây dựng");
        press(box, "Escape");
        press(box, "Enter");

        assertThat(parameters()).isEqualTo(Map.of("in", List.of("comments"), "q", List.of("xây dựng")));
        assertThat($(Article.class).withClassName("comment-hit").all()).hasSize(1);
    }

    @Test
    void nothingFoundSaysSo() {
        open("search?in=comments&q=khongcotudaynaoca");

        assertThat($(Article.class).withClassName("comment-hit").all()).isEmpty();
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).contains("khongcotudaynaoca");
    }

    @Test
    void moderatorsAlsoSeeCommentsAwaitingModerationWithABadge() {
        open("search?in=comments&q=đo đạc");
        assertThat($(Article.class).withClassName("comment-hit").all()).isEmpty();

        signIn(TestStaff::moderator);
        open("search?in=comments&q=đo đạc");

        Article hit = $(Article.class).withClassName("comment-hit").single();
        assertThat(test(hit).find(Span.class).withClassName("comment-state").single().getText())
                .isEqualTo("Đang chờ kiểm duyệt");
        assertThat($(Paragraph.class).withClassName("comment-staff-note").single().isVisible()).isTrue();
    }
}
