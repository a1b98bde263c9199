package vn.gopy.agencies.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.security.LoginView;
import vn.gopy.shell.PageNotFoundView;

@IntegrationTest
class AdminAccessTest extends AdminViewTest {

    @Autowired AgencyService agencies;
    @Autowired StaffAccountService accounts;

    @Test
    void anAdministratorFindsBothAdministrationPagesInTheNavigation() {
        signIn(TestStaff::admin);
        navigate(AgenciesView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .contains("admin/agencies", "admin/accounts");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains(t("agencies.nav.agencies"), t("agencies.nav.accounts"));
    }

    @Test
    void aDrafterGetsPageNotFoundForBothPagesAndNoNavigationEntries() {
        signIn(() -> TestStaff.drafterOf(7));
        assertThatThrownBy(() -> navigate(AgenciesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThatThrownBy(() -> navigate("admin/accounts", StaffAccountsView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .doesNotContain("admin/agencies", "admin/accounts");
    }

    @Test
    void aModeratorGetsPageNotFoundForBothPages() {
        signIn(TestStaff::moderator);
        assertThatThrownBy(() -> navigate(StaffAccountsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThatThrownBy(() -> navigate(AgenciesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        signIn(TestStaff::anonymous);
        assertThatThrownBy(() -> navigate(AgenciesView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThatThrownBy(() -> navigate(StaffAccountsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theServicesRefuseEveryoneButAdministratorsWhateverTheViewsDo() {
        AgencyForm form = new AgencyForm("BTP", "Bộ Tư pháp", "Ministry of Justice", "", true);
        for (Runnable who : new Runnable[] {() -> TestStaff.drafterOf(7), TestStaff::moderator, TestStaff::anonymous}) {
            who.run();
            assertThatThrownBy(() -> agencies.create(form)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.all()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
