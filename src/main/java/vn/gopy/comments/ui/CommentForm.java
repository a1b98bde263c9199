package vn.gopy.comments.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.ConsultationClosedException;
import vn.gopy.comments.Receipt;
import vn.gopy.comments.TooManyCommentsException;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.CommentTarget;
import vn.gopy.shell.ClientAddress;
import vn.gopy.shell.FieldErrors;
import vn.gopy.taxonomies.Taxonomies;

/**
 * The comment form. It checks nothing itself: the service checks everything at once, and each problem
 * shows next to its field, with a summary above the button that screen readers announce.
 */
class CommentForm extends Div {

    static final int MAX_LENGTH = 5000;

    private final CommentTarget target;
    private final CommentService comments;
    private final Consumer<Receipt> submitted;
    private final String storageKey;
    /** The code of the way the author arrived at the draft (null: none), sent with the comment. */
    private final String referral;
    final TextArea text = new TextArea();
    private final Span counter = new Span();
    final EmailField email = new EmailField();
    /** The honeypot: out of sight and out of reach for people; robots fill it in. */
    final TextField website = new TextField();
    final AboutYouFields aboutYou;
    final ConsentFields consents = new ConsentFields();
    final AttachmentsField attachments = new AttachmentsField();
    final Div alert = new Div();
    final Button submit = new Button();

    CommentForm(CommentTarget target, CommentService comments, Taxonomies taxonomies, Consumer<Receipt> submitted,
            String referral) {
        this.target = target;
        this.referral = referral;
        this.comments = comments;
        this.submitted = submitted;
        this.storageKey = SavedText.key(target.draft().id(), target.articleLabel());
        this.aboutYou = new AboutYouFields(taxonomies);
        addClassName("comment-form");

        text.setLabel(getTranslation("comments.form.text"));
        text.setHelperText(getTranslation("comments.form.text.help"));
        text.setRequiredIndicatorVisible(true);
        text.addClassName("comment-text-field");
        counter.addClassName("char-counter");
        counter.setText(counterText(0));
        text.addValueChangeListener(e -> counter.setText(counterText(e.getValue().codePointCount(0, e.getValue().length()))));
        SavedText.keep(text, counter, storageKey, getTranslation("comments.form.counter", "{0}", MAX_LENGTH), MAX_LENGTH);

        email.setLabel(getTranslation("comments.form.email"));
        email.setHelperText(getTranslation("comments.form.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.addClassName("comment-email");

        website.setLabel("Website");
        website.getElement().setAttribute("name", "website");
        website.getElement().setAttribute("autocomplete", "off");
        website.getElement().setAttribute("tabindex", "-1");
        Div honeypot = new Div(website);
        honeypot.addClassName("comment-website");
        honeypot.getElement().setAttribute("aria-hidden", "true");

        List.of(text, email, website).forEach(f -> f.setManualValidation(true));
        alert.addClassName("form-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
        submit.setText(getTranslation("comments.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("comment-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        add(text, counter, email, honeypot, aboutYou, attachments, consents, alert, submit);
    }

    private String counterText(int length) {
        return getTranslation("comments.form.counter", length, MAX_LENGTH);
    }

    private void submit() {
        fields().values().forEach(f -> f.setInvalid(false));
        alert.setVisible(false);
        try {
            Receipt receipt = comments.submit(submission(), ClientAddress.current());
            SavedText.forget(storageKey);
            submitted.accept(receipt);
        } catch (InvalidInputException e) {
            List<String> unplaced = FieldErrors.show(this, e, fields());
            showAlert(getTranslation("comments.form.problems", e.problems().size()), unplaced);
        } catch (ConsultationClosedException e) {
            showAlert(getTranslation("comments.form.closed." + e.status().name()), List.of());
            return; // the button stays disabled: no later attempt can succeed
        } catch (TooManyCommentsException e) {
            showAlert(getTranslation("comments.form.too-many", minutes(e.retryAfter())), List.of());
        } catch (NotFoundException e) {
            showAlert(getTranslation("comments.form.gone"), List.of());
            return;
        }
        submit.setEnabled(true);
    }

    private CommentSubmission submission() {
        return new CommentSubmission(target.draft().id(), target.articleLabel(), text.getValue(), email.getValue(),
                aboutYou.nameValue(), consents.publishName.getValue(), aboutYou.kind.getValue(),
                aboutYou.organisationValue(), aboutYou.provinceCode(), aboutYou.sectorCode(), aboutYou.sizeValue(),
                consents.publishText.getValue(), consents.privacyNotice.getValue(), consents.mayContact.getValue(),
                website.getValue(),
                attachments.files(), getLocale().getLanguage(), referral);
    }

    private void showAlert(String summary, List<String> details) {
        alert.removeAll();
        alert.add(new Paragraph(summary));
        if (!details.isEmpty()) {
            UnorderedList list = new UnorderedList();
            details.forEach(d -> list.add(new ListItem(d)));
            alert.add(list);
        }
        alert.setVisible(true);
    }

    /** Whole minutes, rounded up: "wait 1 minute" rather than "wait 0 minutes" for 20 seconds. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** The fields by the names the service gives in its problems. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("text", text, "email", email, "attachments", attachments));
        fields.putAll(aboutYou.fields());
        fields.putAll(consents.fields());
        return fields;
    }
}
