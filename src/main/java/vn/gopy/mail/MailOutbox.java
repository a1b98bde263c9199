package vn.gopy.mail;

import java.time.Clock;
import java.util.Iterator;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gopy.mail.internal.MailDelivery;
import vn.gopy.mail.internal.OutboxBatches;
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
    private final ObjectProvider<MailDelivery> delivery;
    private final OutboxBatches batches;

    MailOutbox(MailTemplates templates, OutboxRepository messages, Clock clock, ObjectProvider<MailDelivery> delivery,
            OutboxBatches batches) {
        this.batches = batches;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
        this.delivery = delivery;
    }

    /** Renders the mail now (later template changes do not alter it) and queues it; returns its outbox id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Mail mail) {
        var content = templates.render(mail.template(), mail.locale(), mail.values());
        OutboxMessage message = OutboxMessage.queued(mail.to(), mail.template(), mail.locale().getLanguage(),
                content, clock.instant(), mail.unsubscribeAddress());
        long id = messages.save(message).getId();
        wakeTheSenderAfterCommit();
        return id;
    }

    /**
     * Queues many mails, for mailings to subscribers: each is rendered as it is read from {@code mails} and
     * written in batches, so a stream from a database cursor is never all in memory. Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queueAll(Stream<Mail> mails) {
        Iterator<OutboxBatches.Row> rows = mails.map(mail -> new OutboxBatches.Row(mail.to(), mail.template(),
                mail.locale().getLanguage(), templates.render(mail.template(), mail.locale(), mail.values()),
                mail.unsubscribeAddress())).iterator();
        long count = batches.insert(rows, clock.instant());
        if (count > 0) {
            wakeTheSenderAfterCommit();
        }
        return count;
    }

    /**
     * The sender could not see the message before the commit anyway; after it, a wake-up sends it within a
     * second instead of at the next poll. Without a mail server there is no sender, and nothing to wake.
     */
    private void wakeTheSenderAfterCommit() {
        delivery.ifAvailable(sender -> TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        sender.wakeUp();
                    }
                }));
    }
}
