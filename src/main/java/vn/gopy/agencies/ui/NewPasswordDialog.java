package vn.gopy.agencies.ui;

import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.agencies.StaffSummary;
import vn.gopy.shell.Notices;

/** Sets a new password for a staff member who forgot theirs, or whose password may have leaked. */
class NewPasswordDialog extends FormDialog {

    private final StaffAccountService accounts;
    private final StaffSummary account;

    private final PasswordField password = field("password", new PasswordField());
    private final PasswordField repeat = field("repeat", new PasswordField());

    NewPasswordDialog(StaffAccountService accounts, StaffSummary account) {
        this.accounts = accounts;
        this.account = account;
        addClassName("password-dialog");
        setHeaderTitle(getTranslation("agencies.password.title", account.username()));
        save.setText(getTranslation("agencies.password.set"));
        password.setLabel(getTranslation("agencies.password.new"));
        password.setHelperText(getTranslation("agencies.password.help", StaffAccountService.MIN_PASSWORD_LENGTH));
        password.setMaxLength(StaffAccountService.MAX_PASSWORD_LENGTH);
        password.setRequiredIndicatorVisible(true);
        password.setAutofocus(true);
        repeat.setLabel(getTranslation("agencies.password.repeat"));
        repeat.setRequiredIndicatorVisible(true);
        Paragraph note = new Paragraph(getTranslation("agencies.password.note", account.displayName()));
        note.addClassName("muted");
        form.setResponsiveSteps(new ResponsiveStep("0", 1));
        form.add(note, password, repeat);
    }

    @Override
    protected void submit() {
        clearProblems();
        if (!password.getValue().equals(repeat.getValue())) {
            showProblemOn("repeat", getTranslation("agencies.error.password-mismatch"));
            return;
        }
        attempt(() -> {
            accounts.changePassword(account.id(), password.getValue());
            Notices.success(getTranslation("agencies.password.done", account.username()));
        });
    }
}
