package vn.gopy.agencies.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.agencies.StaffAccountForm;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.agencies.StaffSummary;
import vn.gopy.security.Role;

/** Creates a staff account with its first password, or edits one (the password is changed apart). */
class StaffAccountDialog extends FormDialog {

    private final StaffAccountService accounts;
    /** The account being edited, or null for a new one. */
    private final StaffSummary editing;
    private final Consumer<StaffSummary> onSaved;

    private final TextField username = field("username", new TextField());
    private final TextField displayName = field("displayName", new TextField());
    private final EmailField email = field("email", new EmailField());
    private final CheckboxGroup<Role> roles = field("roles", new CheckboxGroup<>());
    private final ComboBox<AgencySummary> agency = field("agencyId", new ComboBox<>());
    private final Checkbox enabled = field("enabled", new Checkbox());
    private final PasswordField password = field("password", new PasswordField());
    private final PasswordField repeat = field("repeat", new PasswordField());

    StaffAccountDialog(StaffAccountService accounts, AgencyService agencies, StaffSummary editing,
            Consumer<StaffSummary> onSaved) {
        this.accounts = accounts;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(editing == null ? getTranslation("agencies.account.new-title")
                : getTranslation("agencies.account.edit-title", editing.username()));
        save.setText(getTranslation(editing == null ? "agencies.account.create" : "common.save"));

        username.setLabel(getTranslation("agencies.account.username"));
        username.setRequiredIndicatorVisible(editing == null);
        username.setHelperText(getTranslation(editing == null ? "agencies.account.username-help"
                : "agencies.account.username-fixed"));
        username.setReadOnly(editing != null);
        username.setMaxLength(60);
        displayName.setLabel(getTranslation("agencies.account.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("agencies.account.email"));
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true); // the service judges the address, in the reader's language
        roles.setLabel(getTranslation("agencies.account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("agencies.role." + r.name()));
        roles.setItemHelperGenerator(r -> getTranslation("agencies.role-help." + r.name()));
        roles.setRequiredIndicatorVisible(true);
        agency.setLabel(getTranslation("agencies.account.agency"));
        agency.setHelperText(getTranslation("agencies.account.agency-help"));
        agency.setItems(agencyChoices(agencies));
        agency.setItemLabelGenerator(this::agencyLabel);
        enabled.setLabel(getTranslation("agencies.account.enabled"));
        enabled.setHelperText(getTranslation("agencies.account.enabled-help"));
        form.add(username, displayName);
        form.add(email, 2);
        form.add(roles, 2);
        form.add(agency, 2);
        form.add(enabled, 2);
        if (editing == null) {
            password.setLabel(getTranslation("agencies.account.password"));
            password.setHelperText(getTranslation("agencies.password.help", StaffAccountService.MIN_PASSWORD_LENGTH));
            password.setRequiredIndicatorVisible(true);
            password.setMaxLength(StaffAccountService.MAX_PASSWORD_LENGTH);
            repeat.setLabel(getTranslation("agencies.password.repeat"));
            repeat.setRequiredIndicatorVisible(true);
            form.add(password, repeat);
        }

        StaffAccountForm values = editing == null ? StaffAccountForm.empty() : editing.toForm();
        username.setValue(values.username());
        displayName.setValue(values.displayName());
        email.setValue(values.email());
        roles.setValue(values.roles());
        agency.setValue(agency.getListDataView().getItems()
                .filter(a -> values.agencyId() != null && a.id() == values.agencyId()).findFirst().orElse(null));
        enabled.setValue(values.enabled());
        roles.addValueChangeListener(e -> agencyFollowsRoles());
        agencyFollowsRoles();
        (editing == null ? username : displayName).setAutofocus(true);
    }

    /** Active agencies, and an inactive one that this drafter already belongs to (so it is still shown). */
    private List<AgencySummary> agencyChoices(AgencyService agencies) {
        List<AgencySummary> choices = new ArrayList<>();
        for (AgencySummary a : agencies.all()) {
            if (a.active() || (editing != null && editing.agencyId() != null && editing.agencyId() == a.id())) {
                choices.add(a);
            }
        }
        return choices;
    }

    private String agencyLabel(AgencySummary a) {
        String label = a.name(getLocale()) + " (" + a.code() + ")";
        return a.active() ? label : getTranslation("agencies.account.agency-inactive", label);
    }

    /** Only drafters belong to an agency; for them it is required. */
    private void agencyFollowsRoles() {
        boolean drafter = roles.getValue().contains(Role.DRAFTER);
        agency.setEnabled(drafter);
        agency.setRequiredIndicatorVisible(drafter);
        if (!drafter) {
            agency.setInvalid(false);
        }
    }

    @Override
    protected void submit() {
        Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
        Long agencyId = chosen.contains(Role.DRAFTER) && agency.getValue() != null ? agency.getValue().id() : null;
        StaffAccountForm values = new StaffAccountForm(username.getValue(), displayName.getValue(), email.getValue(),
                chosen, agencyId, enabled.getValue());
        if (editing == null) {
            clearProblems();
            if (!password.getValue().equals(repeat.getValue())) {
                showProblemOn("repeat", getTranslation("agencies.error.password-mismatch"));
                return;
            }
            attempt(() -> onSaved.accept(accounts.create(values, password.getValue())));
        } else if (editing.enabled() && !values.enabled()) {
            Confirmation.ask(getTranslation("agencies.account.disable-title", editing.username()),
                    getTranslation("agencies.account.disable-text", editing.displayName()),
                    getTranslation("agencies.account.disable"), true,
                    () -> attempt(() -> onSaved.accept(accounts.update(editing.id(), values))));
        } else {
            attempt(() -> onSaved.accept(accounts.update(editing.id(), values)));
        }
    }
}
