package vn.gopy.comments.ui;

import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.TooManyCommentsException;
import vn.gopy.comments.TrackedComment;
import vn.gopy.shell.ClientAddress;

/**
 * "Track my comment": the tracking number and the author's e-mail address show where a comment stands.
 * A wrong pair gets one neutral answer, so the page never tells which of the two was wrong; a number with
 * a typo (its check character does not match) is caught before asking.
 */
@Route("track")
@AnonymousAllowed
public class TrackView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CommentService comments;
    private final ObjectProvider<TrackedCommentAddition> additions;
    final TextField number = new TextField();
    final EmailField email = new EmailField();
    final Button show = new Button();
    final Paragraph message = new Paragraph();
    private final Div result = new Div();

    TrackView(CommentService comments, ObjectProvider<TrackedCommentAddition> additions) {
        this.comments = comments;
        this.additions = additions;
        addClassNames("page", "track-page");
        number.setLabel(getTranslation("comments.track.number"));
        number.setHelperText(getTranslation("comments.track.number.help"));
        number.setAutocomplete(Autocomplete.OFF);
        number.setManualValidation(true);
        email.setLabel(getTranslation("comments.track.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setManualValidation(true);
        show.setText(getTranslation("comments.track.show"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> track());
        show.addClickShortcut(Key.ENTER);
        message.addClassName("form-alert");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        result.addClassName("track-result");
        result.getElement().setAttribute("aria-live", "polite");
        Div form = new Div(number, email, show);
        form.addClassName("track-form");
        add(new H1(getTranslation("comments.track.title")), new Paragraph(getTranslation("comments.track.intro")),
                form, message, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("number").ifPresent(number::setValue);
    }

    private void track() {
        message.setVisible(false);
        number.setInvalid(false);
        email.setInvalid(false);
        result.removeAll();
        if (number.getValue().isBlank() || email.getValue().isBlank()) {
            mark(number.getValue().isBlank() ? number : null, email.getValue().isBlank() ? email : null);
            return;
        }
        if (!comments.isWellFormedTrackingNumber(number.getValue())) {
            number.setErrorMessage(getTranslation("comments.track.typo"));
            number.setInvalid(true);
            return;
        }
        Optional<TrackedComment> tracked = comments.track(number.getValue(), email.getValue());
        if (tracked.isEmpty()) {
            message.setText(getTranslation("comments.track.not-found"));
            message.setVisible(true);
            return;
        }
        result.add(new TrackedCommentPanel(tracked.get(), () -> resend(tracked.get())));
        additions.orderedStream().map(a -> a.forComment(tracked.get())).filter(Objects::nonNull).forEach(result::add);
    }

    private void mark(TextField missingNumber, EmailField missingEmail) {
        if (missingNumber != null) {
            missingNumber.setErrorMessage(getTranslation("common.error.required"));
            missingNumber.setInvalid(true);
        }
        if (missingEmail != null) {
            missingEmail.setErrorMessage(getTranslation("common.error.required"));
            missingEmail.setInvalid(true);
        }
    }

    /** Sends the link again; the panel says so, whatever happened, without telling more than the page knows. */
    private String resend(TrackedComment comment) {
        try {
            comments.resendConfirmation(comment.trackingNumber(), email.getValue(), ClientAddress.current());
            return getTranslation("comments.track.resent");
        } catch (TooManyCommentsException e) {
            return getTranslation("comments.form.too-many", CommentForm.minutes(e.retryAfter()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comments.track.title") + " · Gopy";
    }
}
