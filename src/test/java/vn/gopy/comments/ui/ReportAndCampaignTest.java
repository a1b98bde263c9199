package vn.gopy.comments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.ReportReason;

/** Anyone can report a published comment to the moderators, once; a campaign shows how many sent it. */
class ReportAndCampaignTest extends CommentViewTest {

    @Test
    void aVisitorReportsACommentWithAReasonIsThankedAndToldWhenReportingItAgain() {
        long id = fixtures.openDraft(justice, "RP-1");
        fixtures.published(id, "2", "Số điện thoại của ông A là 0912 345 678.", "an@example.vn", CommenterKind.INDIVIDUAL);
        TestStaff.anonymous();
        open("drafts/" + id);

        report(ReportReason.PERSONAL_DATA);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("comments.report.thanks"));

        report(ReportReason.SPAM);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("comments.report.already"));
    }

    @SuppressWarnings("unchecked")
    private void report(ReportReason reason) {
        test($(Button.class).withText(t("comments.report.button")).single()).click();
        ReportDialog dialog = $(ReportDialog.class).single();
        test((RadioButtonGroup<ReportReason>) $(RadioButtonGroup.class, dialog).single())
                .selectItem(t("comments.report.reason." + reason.name()));
        test($(Button.class, dialog).withClassName("report-send").single()).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void anOrdinaryCommentSaysNothingOfACampaign() {
        long id = fixtures.openDraft(justice, "RP-2");
        fixtures.published(id, null, "Ủng hộ dự thảo.", "binh@example.vn", CommenterKind.INDIVIDUAL);
        TestStaff.anonymous();
        open("drafts/" + id);
        assertThat(pageText()).doesNotContain(t("comments.list.campaign", 1)).contains("Ủng hộ dự thảo.");
    }
}
