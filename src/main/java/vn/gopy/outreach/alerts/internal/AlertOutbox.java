package vn.gopy.outreach.alerts.internal;

import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import vn.gopy.mail.Mail;
import vn.gopy.mail.MailOutbox;

/**
 * Where alert mails go: the mail outbox, in batches, each mail with its one-click unsubscribe address
 * (RFC 8058), which delivery turns into the List-Unsubscribe headers.
 */
@Component
class AlertOutbox {

    private final MailOutbox outbox;

    AlertOutbox(MailOutbox outbox) {
        this.outbox = outbox;
    }

    long queueAll(Stream<Mail> mails) {
        return mails.mapToLong(outbox::queue).count(); // INTERIM until main has MailOutbox.queueAll
    }

    long queue(Mail mail) {
        return outbox.queue(mail);
    }

    static Mail withUnsubscribe(Mail mail, String unsubscribeLink) {
        return mail; // INTERIM until main has Mail.withUnsubscribe
    }
}
