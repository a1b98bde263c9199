package vn.gopy.comments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.TestStaff;

/**
 * The way a reader arrived at a draft ({@code ?kenh=}) goes with them to the comment form, from the whole-draft
 * button or an article's, and is stored with the comment; an address without it, or with rubbish, stores none.
 */
class ArrivedViaTest extends CommentViewTest {

    @Autowired JdbcClient jdbc;

    private String submitOn(String address) {
        open(address);
        CommentForm form = $(CommentForm.class).single();
        test(form.text).setValue("Đề nghị bổ sung ví dụ ở Điều 3.");
        test(form.email).setValue(vn.gopy.comments.CommentFixtures.uniqueEmail());
        test(form.aboutYou.name).setValue("Trần Thị Bình");
        test(form.aboutYou.province).selectItem("Hà Nội");
        form.consents.publishText.setValue(true);
        form.consents.privacyNotice.setValue(true);
        test(form.submit).click();
        String number = test($(ReceiptPanel.class).single()).find(Span.class).withClassName("tracking-number")
                .single().getText();
        return jdbc.sql("SELECT referral FROM comment WHERE tracking_number = ?").param(number).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void theChannelInTheDraftsAddressIsStoredWithTheComment() {
        long id = fixtures.openDraft(justice, "AV-1");
        TestStaff.anonymous();
        open("drafts/" + id + "?kenh=bx7k2m4");
        assertThat($(Anchor.class).withClassName("comment-button-primary").single().getHref())
                .isEqualTo("drafts/" + id + "/comment?kenh=bx7k2m4");

        // The article buttons are markup drawn once per draft: the tab remembers the way it came.
        assertThat(submitOn("drafts/" + id + "/articles/3/comment")).isEqualTo("bx7k2m4");
        assertThat(submitOn("drafts/" + id + "/comment?kenh=QQ2345A")).isEqualTo("qq2345a");
        long other = fixtures.openDraft(justice, "AV-3");
        TestStaff.anonymous();
        assertThat(submitOn("drafts/" + other + "/comment")).as("another draft in the same tab").isNull();
    }

    @Test
    void noChannelOrRubbishStoresNone() {
        long id = fixtures.openDraft(justice, "AV-2");
        TestStaff.anonymous();
        open("drafts/" + id);
        assertThat($(Anchor.class).withClassName("comment-button-primary").single().getHref())
                .isEqualTo("drafts/" + id + "/comment");
        assertThat(submitOn("drafts/" + id + "/comment")).isNull();
        assertThat(submitOn("drafts/" + id + "/comment?kenh=%3Cscript%3E")).isNull();
    }
}
