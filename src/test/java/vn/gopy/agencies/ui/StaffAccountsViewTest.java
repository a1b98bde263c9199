package vn.gopy.agencies.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.StaffAccountForm;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.agencies.StaffSummary;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;

@IntegrationTest
class StaffAccountsViewTest extends AdminViewTest {

    static final String PASSWORD = "hoa sen nở muộn";

    @Autowired AgencyService agencies;
    @Autowired StaffAccountService accounts;
    @Autowired TestDatabase database;
    @Autowired AuthenticationConfiguration authentication;

    long justice;
    StaffSummary chief;

    /** The only administrator, signed in as themselves. */
    @BeforeEach
    void openAsTheOnlyAdministrator() {
        database.clear();
        TestStaff.admin();
        justice = agencies.create(new AgencyForm("BTP", "Bộ Tư pháp", "Ministry of Justice", "", true)).id();
        agencies.create(new AgencyForm("CU", "Cơ quan cũ", "Former agency", "", false));
        chief = accounts.create(new StaffAccountForm("chief", "Trần Thị Bình", "chief@gopy.vn", Set.of(Role.ADMIN),
                null, true), PASSWORD);
        signIn(() -> TestStaff.actAs(new StaffUser(chief.id(), "chief", "Trần Thị Bình", "", true,
                Set.of(Role.ADMIN), null)));
        navigate(StaffAccountsView.class);
    }

    Grid<StaffSummary> grid() {
        @SuppressWarnings("unchecked")
        Grid<StaffSummary> grid = $(Grid.class).single();
        return grid;
    }

    int rowOf(String username) {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).username().equals(username))
                .findFirst().orElseThrow();
    }

    /** Opens the row's actions menu and picks an entry: 0 edit, 1 new password, 2 disable or enable. */
    void rowAction(String username, int entry) {
        MenuBar menu = (MenuBar) test(grid()).getCellComponent(rowOf(username), "actions");
        new MenuBarTester<>(menu).clickItem(0, entry);
    }

    <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String labelKey) {
        return $(type).withCaption(t(labelKey)).single();
    }

    @SuppressWarnings("unchecked")
    CheckboxGroup<Role> roles() {
        return field(CheckboxGroup.class, "agencies.account.roles");
    }

    @SuppressWarnings("unchecked")
    ComboBox<Object> agency() {
        return field(ComboBox.class, "agencies.account.agency");
    }

    Button button(String key) {
        return $(Button.class).withText(t(key)).single();
    }

    void fillInNewDrafter(String password, String repeat) {
        test(button("agencies.accounts.new")).click();
        fillInDrafter(password, repeat);
    }

    void fillInDrafter(String password, String repeat) {
        test(field(TextField.class, "agencies.account.username")).setValue("an.nguyen");
        test(field(TextField.class, "agencies.account.display-name")).setValue("Nguyễn Văn An");
        test(field(EmailField.class, "agencies.account.email")).setValue("an@moj.gov.vn");
        test(roles()).selectItem(t("agencies.role.DRAFTER"));
        test(field(PasswordField.class, "agencies.account.password")).setValue(password);
        test(field(PasswordField.class, "agencies.password.repeat")).setValue(repeat);
    }

    @Test
    void anAdministratorCreatesADrafterWhoCanThenLogInForTheirAgency() throws Exception {
        fillInNewDrafter(PASSWORD, PASSWORD);
        assertThat(test(agency()).getSuggestions()).containsExactly("Bộ Tư pháp (BTP)");
        test(agency()).selectItem("Bộ Tư pháp (BTP)");
        test(button("agencies.account.create")).click();

        assertThat(lastNotice()).isEqualTo(t("agencies.account.created", "an.nguyen"));
        StaffSummary row = test(grid()).getRow(rowOf("an.nguyen"));
        assertThat(row.roles()).containsExactly(Role.DRAFTER);
        assertThat(test(grid()).getCellText(rowOf("an.nguyen"), 4)).isEqualTo("Bộ Tư pháp");

        var login = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("an.nguyen", PASSWORD));
        StaffUser user = (StaffUser) login.getPrincipal();
        assertThat(user.has(Role.DRAFTER)).isTrue();
        assertThat(user.agency()).contains(justice);
    }

    @Test
    void theAgencyIsAskedOnlyOfDraftersAndRequiredForThem() {
        test(button("agencies.accounts.new")).click();
        assertThat(agency().isEnabled()).isFalse();
        test(roles()).selectItem(t("agencies.role.DRAFTER"));
        assertThat(agency().isEnabled()).isTrue();
        assertThat(agency().isRequiredIndicatorVisible()).isTrue();

        fillInDrafter(PASSWORD, PASSWORD);
        test(button("agencies.account.create")).click();
        assertThat(agency().isInvalid()).isTrue();
        assertThat(agency().getErrorMessage()).isEqualTo(t("agencies.error.drafter-needs-agency"));
        assertThat(accounts.all()).extracting(StaffSummary::username).containsExactly("chief");
    }

    @Test
    void aShortPasswordIsRefusedNextToThePasswordField() {
        fillInNewDrafter("ngắn", "ngắn");
        test(agency()).selectItem("Bộ Tư pháp (BTP)");
        test(button("agencies.account.create")).click();

        PasswordField password = field(PasswordField.class, "agencies.account.password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(t("agencies.error.password-short", 10));
        assertThat(accounts.all()).hasSize(1);
    }

    @Test
    void twoDifferentPasswordsAreRefusedNextToTheRepetition() {
        fillInNewDrafter(PASSWORD, PASSWORD + "!");
        test(agency()).selectItem("Bộ Tư pháp (BTP)");
        test(button("agencies.account.create")).click();

        PasswordField repeat = field(PasswordField.class, "agencies.password.repeat");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo(t("agencies.error.password-mismatch"));
        assertThat(accounts.all()).hasSize(1);
    }

    @Test
    void aDuplicateUsernameIsRefusedNextToTheUsername() {
        fillInNewDrafter(PASSWORD, PASSWORD);
        test(field(TextField.class, "agencies.account.username")).setValue("Chief");
        test(agency()).selectItem("Bộ Tư pháp (BTP)");
        test(button("agencies.account.create")).click();

        TextField username = field(TextField.class, "agencies.account.username");
        assertThat(username.getErrorMessage()).isEqualTo(t("agencies.error.username-taken", "chief"));
        assertThat(username.isInvalid()).isTrue();
    }

    @Test
    void theLastAdministratorCannotRemoveTheirOwnAdministratorRole() {
        rowAction("chief", 0);
        test(roles()).deselectItem(t("agencies.role.ADMIN"));
        test(roles()).selectItem(t("agencies.role.MODERATOR"));
        test(button("common.save")).click();

        assertThat(roles().isInvalid()).isTrue();
        assertThat(roles().getErrorMessage()).isEqualTo(t("agencies.error.last-administrator"));
        assertThat(accounts.find(chief.id())).get().extracting(StaffSummary::roles).isEqualTo(Set.of(Role.ADMIN));
    }

    @Test
    void theLastAdministratorCannotBeDisabled() {
        rowAction("chief", 2);
        ConfirmDialog confirmation = $(ConfirmDialog.class).single();
        assertThat(test(confirmation).getHeader()).isEqualTo(t("agencies.account.disable-title", "chief"));
        test(confirmation).confirm();

        assertThat(lastNotice()).isEqualTo(t("agencies.error.last-administrator"));
        assertThat(accounts.find(chief.id())).get().extracting(StaffSummary::enabled).isEqualTo(true);
    }

    @Test
    void aDrafterIsDisabledAfterConfirmationAndEnabledAgain() {
        long id = accounts.create(new StaffAccountForm("an.nguyen", "Nguyễn Văn An", "an@moj.gov.vn",
                Set.of(Role.DRAFTER), justice, true), PASSWORD).id();
        navigate(StaffAccountsView.class);

        rowAction("an.nguyen", 2);
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(accounts.find(id)).get().extracting(StaffSummary::enabled).isEqualTo(true);
        rowAction("an.nguyen", 2);
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(lastNotice()).isEqualTo(t("agencies.account.done-disable", "an.nguyen"));
        assertThat(accounts.find(id)).get().extracting(StaffSummary::enabled).isEqualTo(false);
        assertThat(test(grid()).getRow(rowOf("an.nguyen")).enabled()).isFalse();

        rowAction("an.nguyen", 2);
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(accounts.find(id)).get().extracting(StaffSummary::enabled).isEqualTo(true);
    }

    @Test
    void aNewPasswordIsSetInItsOwnDialogAndWorksForLogin() {
        rowAction("chief", 1);
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo(t("agencies.password.title", "chief"));
        test(field(PasswordField.class, "agencies.password.new")).setValue("quá ngắn");
        test(field(PasswordField.class, "agencies.password.repeat")).setValue("quá ngắn");
        test(button("agencies.password.set")).click();
        assertThat(field(PasswordField.class, "agencies.password.new").getErrorMessage())
                .isEqualTo(t("agencies.error.password-short", 10));

        test(field(PasswordField.class, "agencies.password.new")).setValue("một mật khẩu mới dài");
        test(field(PasswordField.class, "agencies.password.repeat")).setValue("một mật khẩu mới dài");
        test(button("agencies.password.set")).click();
        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(lastNotice()).isEqualTo(t("agencies.password.done", "chief"));
        assertThat(authentication.getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated("chief", "một mật khẩu mới dài")).isAuthenticated()).isTrue();
    }
}
