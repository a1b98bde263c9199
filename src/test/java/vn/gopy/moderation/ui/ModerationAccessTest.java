package vn.gopy.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.TestStaff;
import vn.gopy.moderation.QueueFilter;
import vn.gopy.moderation.RejectionReason;
import vn.gopy.security.LoginView;
import vn.gopy.shell.PageNotFoundView;

/** Only moderators and administrators reach the queue, on the route and in the services. */
class ModerationAccessTest extends ModerationViewTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginAndADrafterFindsNoSuchPage() {
        signIn(TestStaff::anonymous);
        assertThatThrownBy(() -> navigate(ModerationView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        signIn(() -> TestStaff.drafterOf(7));
        assertThatThrownBy(() -> navigate(ModerationView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).doesNotContain("moderation");
    }

    @Test
    void moderatorsAndAdministratorsFindTheQueueInTheMenu() {
        signIn(TestStaff::moderator);
        navigate(ModerationView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("moderation");
        signIn(TestStaff::admin);
        navigate(ModerationView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("moderation", "admin/moderation-audit");
    }

    @Test
    void theServicesRefuseAnonymousVisitorsAndDraftersWhateverTheViewDoes() {
        for (Runnable who : new Runnable[] {() -> TestStaff.drafterOf(7), TestStaff::anonymous}) {
            who.run();
            assertThatThrownBy(() -> queue.waiting(QueueFilter.any(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.approve(1, List.of())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.reject(1, RejectionReason.SPAM, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.approveGroup(1)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
