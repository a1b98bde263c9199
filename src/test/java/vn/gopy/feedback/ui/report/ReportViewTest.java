package vn.gopy.feedback.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.Outcome;

/** The agency's report page: what stands in the way of publishing, and publishing itself. */
class ReportViewTest extends ViewTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired CommentFixtures fixtures;
    @Autowired Dispositions dispositions;
    @Autowired DraftService draftService;
    @Autowired TestClock clock;

    long agency;
    long draft;
    long comment;

    @BeforeEach
    void aDraftWithAComment() {
        database.clear();
        agency = drafts.agency("BGDDT");
        draft = drafts.openDraft(agency, "20/2026", 31);
        comment = fixtures.published(submission(draft, "1", "Đề nghị mở rộng phạm vi điều chỉnh.", uniqueEmail()));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void openAsDrafter() {
        signIn(() -> TestStaff.drafterOf(agency));
        open("feedback/" + draft + "/report");
    }

    private Button publishButton() {
        return $(Button.class).withClassName("publish-report").single();
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void anOpenConsultationCannotPublishYetAndSaysWhy() {
        openAsDrafter();

        assertThat(publishButton().isEnabled()).isFalse();
        assertThat(pageText()).contains(t("feedback.report-page.not-closed"),
                t("feedback.report-page.progress", 0, 1));
    }

    @Test
    void unansweredCommentsHoldThePublicationBackAfterClosing() {
        clock.advance(Duration.ofDays(32));
        openAsDrafter();

        assertThat(publishButton().isEnabled()).isFalse();
        assertThat(pageText()).contains(t("feedback.report-page.unanswered", 1L));
    }

    @Test
    void theDrafterPublishesAfterConfirmingAndTheDraftMovesOn() {
        TestStaff.drafterOf(agency);
        dispositions.answer(comment, new Answer(Outcome.ACCEPTED, "Đã mở rộng phạm vi tại Điều 1.", "1"));
        clock.advance(Duration.ofDays(32));
        openAsDrafter();
        assertThat(publishButton().isEnabled()).isTrue();

        test(publishButton()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(draftService.cardForStaff(draft).status()).isEqualTo(DraftStatus.REPORT_PUBLISHED);
        assertThat(publishButton().getText()).isEqualTo(t("feedback.report-page.publish-again"));
    }

    @Test
    void anotherAgencysDrafterCannotOpenIt() {
        long other = drafts.agency("BYT");
        signIn(() -> TestStaff.drafterOf(other));
        try {
            open("feedback/" + draft + "/report");
        } catch (RuntimeException refused) {
            // The router may pass the refusal on; either way the report page must not show.
        }
        assertThat(getCurrentView()).isNotInstanceOf(ReportView.class);
    }
}
