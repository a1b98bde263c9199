package vn.gopy.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import vn.gopy.TestStaff;
import vn.gopy.security.LoginView;
import vn.gopy.shell.PageNotFoundView;

/**
 * Only the drafting agency of a draft and administrators see its feedback: another agency's drafter finds no such
 * page (not even that the draft exists), a moderator finds no feedback pages at all, a visitor is asked to log in.
 */
class FeedbackAccessTest extends FeedbackViewTest {

    @Test
    void aDrafterOfAnotherAgencyFindsNoSuchPage() {
        published("1", "Đề nghị sửa.");
        long other = drafts.agency("BTC");
        signIn(() -> TestStaff.drafterOf(other));

        navigate("feedback/" + draft, PageNotFoundView.class);
        navigate("feedback/" + draft + "/answers", PageNotFoundView.class);
        navigate("feedback/999999/answers", PageNotFoundView.class);
        navigate("feedback", FeedbackIndexView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("GY-1");
    }

    @Test
    void moderatorsFindNoFeedbackPagesAndVisitorsAreAskedToLogIn() {
        signIn(TestStaff::moderator);
        navigate("feedback", PageNotFoundView.class);
        navigate("feedback/" + draft, PageNotFoundView.class);
        navigate("feedback/" + draft + "/answers", PageNotFoundView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).doesNotContain("feedback");

        signIn(TestStaff::anonymous);
        navigate("feedback/" + draft + "/answers", LoginView.class);
    }

    @Test
    void theAgencysDrafterAndAdministratorsFindTheFeedbackInTheMenu() {
        asDrafter();
        navigate("feedback/" + draft, FeedbackDashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("feedback");
        signIn(TestStaff::admin);
        navigate("feedback/" + draft + "/answers", AnswerView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("feedback");
    }
}
