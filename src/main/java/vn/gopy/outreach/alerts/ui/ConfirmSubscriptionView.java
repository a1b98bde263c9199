package vn.gopy.outreach.alerts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.gopy.outreach.alerts.AlertService;
import vn.gopy.outreach.alerts.Confirmation;

/** The page the confirmation mail links to: it confirms, and says what happened (confirmed, expired, not valid). */
@Route("alerts/confirm/:token")
@AnonymousAllowed
public class ConfirmSubscriptionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AlertService alerts;

    ConfirmSubscriptionView(AlertService alerts) {
        this.alerts = alerts;
        addClassNames("page", "alert-confirm-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Confirmation confirmation = alerts.confirm(event.getRouteParameters().get("token").orElse(""));
        String result = confirmation.result().name();
        removeAll();
        Paragraph text = new Paragraph(getTranslation("outreach.alerts.confirm.text." + result));
        text.addClassName("alert-confirm-outcome");
        text.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("outreach.alerts.confirm.title." + result)), text);
        Anchor next = confirmation.manageToken() != null
                ? new Anchor("alerts/manage/" + confirmation.manageToken(), getTranslation("outreach.alerts.manage.link"))
                : new Anchor("alerts", getTranslation("outreach.alerts.confirm.again"));
        next.addClassName("comment-button");
        add(new Paragraph(next));
        getElement().setAttribute("data-outcome", result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.alerts.confirm.page-title") + " · Gopy";
    }
}
