package vn.gopy.comments.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the author agrees to, in plain words: that the comment is published, whether with the name, and the
 * privacy notice (its gist here, the whole of it a link away, opened in a new tab so the form stays).
 */
class ConsentFields extends Div {

    final Checkbox publishText = new Checkbox();
    final Checkbox publishName = new Checkbox();
    final Checkbox privacyNotice = new Checkbox();
    final Checkbox mayContact = new Checkbox();

    ConsentFields() {
        addClassName("comment-consents");
        publishText.setLabel(getTranslation("comments.form.consent.publish-text"));
        publishName.setLabel(getTranslation("comments.form.consent.publish-name"));
        publishName.setHelperText(getTranslation("comments.form.consent.publish-name.help"));
        privacyNotice.setLabel(getTranslation("comments.form.consent.privacy"));
        publishText.addClassName("consent-publish-text");
        publishName.addClassName("consent-publish-name");
        privacyNotice.addClassName("consent-privacy");
        mayContact.setLabel(getTranslation("comments.form.consent.may-contact"));
        mayContact.setHelperText(getTranslation("comments.form.consent.may-contact.help"));
        mayContact.addClassName("consent-may-contact");
        publishText.setRequiredIndicatorVisible(true);
        privacyNotice.setRequiredIndicatorVisible(true);
        fields().values().forEach(f -> f.setManualValidation(true));

        Paragraph gist = new Paragraph(getTranslation("comments.form.privacy.gist") + " ");
        Anchor notice = new Anchor(CommentLinks.privacy(), getTranslation("comments.form.privacy.link"));
        notice.setTarget(AnchorTarget.BLANK);
        gist.add(notice);
        gist.addClassName("privacy-gist");
        add(new H2(getTranslation("comments.form.consents")), publishText, publishName, gist, privacyNotice,
                mayContact);
    }

    Map<String, HasValidation> fields() {
        return Map.of("consentToPublishText", publishText, "publishName", publishName,
                "consentToPrivacyNotice", privacyNotice);
    }
}
