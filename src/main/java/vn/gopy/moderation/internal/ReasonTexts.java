package vn.gopy.moderation.internal;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import vn.gopy.moderation.RejectionReason;

/** A rejection reason in the author's words ({@code moderation.reason.*}), with the moderator's note after it. */
@Component
public class ReasonTexts {

    private final I18NProvider translations;

    ReasonTexts(I18NProvider translations) {
        this.translations = translations;
    }

    public String forAuthor(RejectionReason reason, String note, String language) {
        String text = translations.getTranslation("moderation.reason-to-author." + reason.name(),
                "en".equals(language) ? Locale.ENGLISH : Locale.of("vi"));
        return note == null ? text : text + "\n" + note;
    }
}
