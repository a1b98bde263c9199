package vn.gopy.feedback.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.submission;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.Outcome;
import vn.gopy.feedback.ReceptionReports;

/** The public sees the published report on the draft's page, and each author the answer on the tracking page. */
class ReportOnPublicPagesTest extends ViewTest {

    static final String EMAIL = "lan.nguyen@example.vn";
    static final String EXPLANATION = "Không tiếp thu vì Luật Nhà ở đã quy định nội dung này.";

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired CommentFixtures fixtures;
    @Autowired Dispositions dispositions;
    @Autowired ReceptionReports reports;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long agency;
    long draft;
    String number;

    @BeforeEach
    void anAnsweredComment() {
        database.clear();
        agency = drafts.agency("BXD");
        draft = drafts.openDraft(agency, "15/2026", 31);
        long comment = fixtures.published(submission(draft, "2", "Đề nghị bỏ quy định về nhà ở công vụ.", EMAIL));
        number = jdbc.sql("SELECT tracking_number FROM comment WHERE id = ?").param(comment).query(String.class)
                .single();
        TestStaff.drafterOf(agency);
        dispositions.answer(comment, new Answer(Outcome.NOT_ACCEPTED, EXPLANATION, null));
        TestStaff.anonymous();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void publish() {
        clock.advance(Duration.ofDays(32));
        TestStaff.drafterOf(agency);
        reports.publish(draft, null);
        TestStaff.anonymous();
    }

    private String track() {
        signIn(TestStaff::anonymous);
        open("track?number=" + number);
        test($(EmailField.class).single()).setValue(EMAIL);
        test($(Button.class).withText(t("comments.track.show")).single()).click();
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void theAuthorSeesTheAnswerOnlyOnceTheReportIsPublished() {
        assertThat(track()).doesNotContain(EXPLANATION);

        publish();

        String page = track();
        assertThat(page).contains(t("feedback.answer.title"), "Không tiếp thu", EXPLANATION);
    }

    @Test
    void theDraftsPageShowsThePublishedReportWithItsFiles() {
        signIn(TestStaff::anonymous);
        open("drafts/" + draft);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().startsWith("/files/reports/"));

        publish();
        signIn(TestStaff::anonymous);
        open("drafts/" + draft);

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains(t("feedback.published.title"), "Không tiếp thu: 1");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("/files/reports/" + draft + ".pdf", "/files/reports/" + draft + ".docx");
    }
}
