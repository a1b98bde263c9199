package vn.gopy.comments.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.ConfirmationOutcome;

/**
 * The page the confirmation mail links to: opening it confirms the comment, and it says what happened in
 * each case (confirmed, confirmed before, expired, not a valid link) with the way to the tracking page.
 */
@Route("comments/confirm/:token")
@AnonymousAllowed
public class ConfirmView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CommentService comments;

    ConfirmView(CommentService comments) {
        this.comments = comments;
        addClassNames("page", "confirm-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ConfirmationOutcome outcome = comments.confirm(event.getRouteParameters().get("token").orElse(""));
        String result = outcome.result().name();
        removeAll();
        H1 title = new H1(getTranslation("comments.confirm.title." + result));
        Paragraph explanation = new Paragraph(getTranslation("comments.confirm.text." + result));
        explanation.addClassName("confirm-outcome");
        explanation.getElement().setAttribute("role", "status");
        add(title, explanation);
        if (outcome.trackingNumber() != null) {
            Paragraph number = new Paragraph(getTranslation("comments.confirm.number", outcome.trackingNumber()));
            number.addClassName("confirm-number");
            add(number);
        }
        Anchor track = new Anchor(CommentLinks.track(outcome.trackingNumber()), getTranslation("comments.receipt.track"));
        track.addClassName("comment-button");
        add(new Paragraph(track));
        getElement().setAttribute("data-outcome", result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comments.confirm.page-title") + " · Gopy";
    }
}
