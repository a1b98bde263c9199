package vn.gopy.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** What every error page shows: a plain title, what the reader can do now, and the ways back. */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String titleKey = "shell.error.not-found.title";

    ErrorPage() {
        addClassName("error-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · Gopy";
    }

    void show(String titleKey, String explanation) {
        this.titleKey = titleKey;
        removeAll();
        Div ways = new Div(new Anchor("", getTranslation("shell.error.go-home")),
                new Anchor("consultations", getTranslation("shell.error.go-consultations")));
        ways.addClassName("error-ways");
        add(new H1(getTranslation(titleKey)), new Paragraph(explanation), ways);
    }
}
