package vn.gopy.feedback.internal.digest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyDrafters;
import vn.gopy.agencies.StaffSummary;
import vn.gopy.common.PortalTime;
import vn.gopy.common.PublicAddress;
import vn.gopy.drafts.DraftCard;
import vn.gopy.mail.Mail;
import vn.gopy.mail.MailOutbox;

/**
 * Addresses a consultation's digest to the drafters of its agency and queues one mail to each, in the draft's
 * language (staff have no language setting, and the article labels read the same as in the text). Also names
 * what the mails list, with the portal's own translations.
 */
@Component
class DigestMails {

    private static final Logger log = LoggerFactory.getLogger(DigestMails.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(PortalTime.ZONE);

    private final AgencyDrafters drafters;
    private final MailOutbox outbox;
    private final PublicAddress address;
    private final I18NProvider translations;

    DigestMails(AgencyDrafters drafters, MailOutbox outbox, PublicAddress address, I18NProvider translations) {
        this.drafters = drafters;
        this.outbox = outbox;
        this.address = address;
        this.translations = translations;
    }

    static Locale locale(DraftCard draft) {
        return "en".equals(draft.language()) ? Locale.ENGLISH : Locale.of("vi");
    }

    /** What every digest mail says about its consultation, plus the template's own values. */
    Map<String, String> values(DraftCard draft, Map<String, String> own) {
        Map<String, String> values = new HashMap<>(own);
        values.put("draftTitle", draft.title());
        values.put("referenceNumber", draft.referenceNumber());
        values.put("agencyName", draft.agency() == null ? "" : draft.agency().name(locale(draft)));
        values.put("closesAt", when(draft.closesAt()));
        values.put("dashboardLink", address.link("/feedback/" + draft.id()));
        return values;
    }

    /** Queues the mail to every enabled drafter of the draft's agency, in the caller's transaction; returns how many. */
    int queueToDrafters(DraftCard draft, String template, Map<String, String> values) {
        Set<String> recipients = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (draft.agency() != null) {
            drafters.enabledOf(draft.agency().id()).stream().map(StaffSummary::email).forEach(recipients::add);
        }
        if (recipients.isEmpty()) {
            log.warn("Draft {}: its agency has no enabled drafter to send the {} to", draft.id(), template);
        }
        for (String to : recipients) {
            outbox.queue(new Mail(to, locale(draft), template, values));
        }
        return recipients.size();
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "Điều 5" / "Article 5", or the whole draft for a comment on no article. */
    String article(String label, Locale locale) {
        return label == null || label.isEmpty() ? translations.getTranslation("comments.about.whole-draft", locale)
                : translations.getTranslation("comments.about.article", locale, label);
    }

    String commenterKind(String code, Locale locale) {
        return translations.getTranslation("comments.kind." + code, locale);
    }
}
