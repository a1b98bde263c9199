package vn.gopy.outreach.alerts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.gopy.mail.Mail;
import vn.gopy.mail.MailOutbox;
import vn.gopy.outreach.alerts.Topic;

/** The confirmation mail of a subscription request: the topics asked for and the link that confirms them. */
@Component
public class SubscriptionMails {

    private final MailOutbox outbox;
    private final AlertLinks links;
    private final TopicCatalog catalog;
    private final AlertSettings settings;

    SubscriptionMails(MailOutbox outbox, AlertLinks links, TopicCatalog catalog, AlertSettings settings) {
        this.outbox = outbox;
        this.links = links;
        this.catalog = catalog;
        this.settings = settings;
    }

    public void confirmation(String email, Locale locale, String token, List<Topic> topics) {
        String list = topics.stream().map(t -> "- " + catalog.label(t, locale)).collect(Collectors.joining("\n"));
        outbox.queue(new Mail(email, locale, "alert-confirm", Map.of("topics", list,
                "confirmLink", links.confirm(token),
                "hours", String.valueOf(settings.confirmationValidity().toHours()))));
    }
}
