package vn.gopy.mail;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.mail.internal.MailTemplates;
import vn.gopy.mail.internal.OutboxMessage;
import vn.gopy.mail.internal.OutboxRepository;

/**
 * Where modules put the mail their changes cause. A message is written in the caller's transaction (there
 * must be one), so it exists exactly when the change does; the sender delivers it after commit.
 */
@Service
public class MailOutbox {

    private final MailTemplates templates;
    private final OutboxRepository messages;
    private final Clock clock;

    MailOutbox(MailTemplates templates, OutboxRepository messages, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /** Renders the mail now (later template changes do not alter it) and queues it; returns its outbox id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Mail mail) {
        var content = templates.render(mail.template(), mail.locale(), mail.values());
        OutboxMessage message = OutboxMessage.queued(mail.to(), mail.template(), mail.locale().getLanguage(),
                content, clock.instant());
        return messages.save(message).getId();
    }
}
