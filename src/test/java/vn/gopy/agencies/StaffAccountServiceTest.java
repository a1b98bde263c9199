package vn.gopy.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.InvalidInputException;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;

@IntegrationTest
class StaffAccountServiceTest {

    static final String PASSWORD = "lúa chín vàng 2026";

    @Autowired StaffAccountService accounts;
    @Autowired AgencyService agencies;
    @Autowired TestDatabase database;
    @Autowired AuthenticationConfiguration authentication;

    long justice;

    @BeforeEach
    void setUp() {
        database.clear();
        TestStaff.admin();
        justice = agencies.create(new AgencyForm("BTP", "Bộ Tư pháp", "Ministry of Justice", "", true)).id();
    }

    Authentication logIn(String username, String password) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    StaffAccountForm drafter(String username, Long agencyId) {
        return new StaffAccountForm(username, "Nguyễn Văn An", username + "@moj.gov.vn", Set.of(Role.DRAFTER),
                agencyId, true);
    }

    StaffSummary administrator(String username) {
        return accounts.create(new StaffAccountForm(username, "Trần Thị Bình", username + "@gopy.vn",
                Set.of(Role.ADMIN), null, true), PASSWORD);
    }

    @Test
    void aNewDrafterLogsInWithTheGivenPasswordAsADrafterOfTheirAgency() throws Exception {
        accounts.create(drafter("an.nguyen", justice), PASSWORD);

        Authentication login = logIn("An.Nguyen", PASSWORD);
        StaffUser user = (StaffUser) login.getPrincipal();
        assertThat(user.roles()).containsExactly(Role.DRAFTER);
        assertThat(user.agency()).contains(justice);
        assertThat(login.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_DRAFTER").doesNotContain("ROLE_ADMIN", "ROLE_MODERATOR");
        assertThatThrownBy(() -> logIn("an.nguyen", "wrong password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDisabledAccountCannotLogInAndAnEnabledOneCanAgain() throws Exception {
        long id = accounts.create(drafter("an.nguyen", justice), PASSWORD).id();

        accounts.setEnabled(id, false);
        assertThatThrownBy(() -> logIn("an.nguyen", PASSWORD)).isInstanceOf(DisabledException.class);
        accounts.setEnabled(id, true);
        assertThat(logIn("an.nguyen", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aNewPasswordReplacesTheOldOne() throws Exception {
        long id = accounts.create(drafter("an.nguyen", justice), PASSWORD).id();

        accounts.changePassword(id, "một mật khẩu mới dài");
        assertThatThrownBy(() -> logIn("an.nguyen", PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(logIn("an.nguyen", "một mật khẩu mới dài").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> accounts.changePassword(id, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("password")).isTrue());
    }

    @Test
    void aDrafterMustJoinAnActiveAgencyButKeepsOneRetiredLater() {
        long finance = agencies.create(new AgencyForm("BTC", "Bộ Tài chính", "Ministry of Finance", "", true)).id();
        long id = accounts.create(drafter("an.nguyen", finance), PASSWORD).id();
        agencies.update(finance, new AgencyForm("BTC", "Bộ Tài chính", "Ministry of Finance", "", false));

        assertThatThrownBy(() -> accounts.create(drafter("binh.tran", finance), PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("agencyId")).isTrue());
        assertThatThrownBy(() -> accounts.create(drafter("binh.tran", null), PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("agencyId")).isTrue());
        StaffAccountForm renamed = new StaffAccountForm("an.nguyen", "Nguyễn Văn An (BTC)", "an@mof.gov.vn",
                Set.of(Role.DRAFTER), finance, true);
        assertThat(accounts.update(id, renamed).displayName()).isEqualTo("Nguyễn Văn An (BTC)");
        assertThat(accounts.find(id)).get().extracting(StaffSummary::agencyId).isEqualTo(finance);
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndStaysEnabled() {
        StaffSummary chief = administrator("chief");
        StaffAccountForm demoted = new StaffAccountForm("chief", "Trần Thị Bình", "chief@gopy.vn",
                Set.of(Role.MODERATOR), null, true);
        StaffAccountForm disabled = new StaffAccountForm("chief", "Trần Thị Bình", "chief@gopy.vn",
                Set.of(Role.ADMIN), null, false);

        assertThatThrownBy(() -> accounts.update(chief.id(), demoted))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("roles")).isTrue());
        assertThatThrownBy(() -> accounts.update(chief.id(), disabled))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("enabled")).isTrue());
        assertThatThrownBy(() -> accounts.setEnabled(chief.id(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("enabled")).isTrue());
        assertThat(accounts.find(chief.id())).get().satisfies(a -> {
            assertThat(a.enabled()).isTrue();
            assertThat(a.roles()).containsExactly(Role.ADMIN);
        });

        administrator("deputy");
        assertThat(accounts.update(chief.id(), demoted).roles()).containsExactly(Role.MODERATOR);
    }

    @Test
    void editingKeepsTheUsernameAndRefusesADuplicateOnCreation() {
        long id = accounts.create(drafter("an.nguyen", justice), PASSWORD).id();

        accounts.update(id, new StaffAccountForm("someone.else", "Nguyễn Văn An", "an@moj.gov.vn",
                Set.of(Role.DRAFTER), justice, true));
        assertThat(accounts.find(id)).get().extracting(StaffSummary::username).isEqualTo("an.nguyen");
        assertThatThrownBy(() -> accounts.create(drafter("AN.NGUYEN", justice), PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("username")).isTrue());
    }
}
