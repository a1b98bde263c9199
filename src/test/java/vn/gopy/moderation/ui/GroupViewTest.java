package vn.gopy.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import vn.gopy.TestStaff;
import vn.gopy.moderation.QueueFilter;

/** A form-letter group's page: its count, its text, what varies, and one decision for all its letters. */
class GroupViewTest extends ModerationViewTest {

    @Test
    void aGroupShowsItsCountTextAndVariationsAndIsApprovedAsOne() {
        campaign();
        signIn(TestStaff::moderator);
        long group = queue.waiting(QueueFilter.any(), 0, 10).items().getFirst().groupId();

        open(GroupView.address(group));

        assertThat($(H1.class).single().getText()).isEqualTo(t("moderation.group.title", 5));
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains(t("moderation.group.waiting", 5), "những người dân sống ven sông",
                t("moderation.group.place.START"));

        test($(Button.class).withClassName("approve-group").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).isEqualTo(t("moderation.group.approve-text", 5));
        test(confirm).confirm();

        assertThat(queue.count(QueueFilter.any())).isZero();
        assertThat(published()).singleElement().satisfies(p -> assertThat(p.campaignSize()).isEqualTo(5));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(t("moderation.group.waiting", 0));
    }
}
