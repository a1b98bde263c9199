package vn.gopy.security;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The staff login. Citizens never need it: reading and commenting are open to everyone. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentStaff currentStaff;

    LoginView(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());
        Paragraph note = new Paragraph(getTranslation("security.login.staff-only"));
        note.addClassName("login-note");
        add(form, note);
    }

    private LoginI18n translations() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("security.login.title"));
        f.setUsername(getTranslation("security.login.username"));
        f.setPassword(getTranslation("security.login.password"));
        f.setSubmit(getTranslation("security.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("security.login.error.title"));
        error.setMessage(getTranslation("security.login.error.message"));
        error.setUsername(getTranslation("security.login.error.username-required"));
        error.setPassword(getTranslation("security.login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentStaff.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " · Gopy";
    }
}
