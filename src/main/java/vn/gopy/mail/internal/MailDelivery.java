package vn.gopy.mail.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox, when a mail server is configured. A batch is claimed, sent and marked in
 * one transaction, so the row locks keep other senders off it until the outcome is stored. Delivery is at
 * least once: a crash after the server accepted a message and before the commit sends it again later
 * (docs/decisions/0013-mail-outbox.md).
 */
@Component
@Conditional(MailServerConfigured.class)
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxRepository messages;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final MailSettings settings;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    MailDelivery(OutboxRepository messages, JavaMailSender sender, PlatformTransactionManager transactions,
            TaskScheduler scheduler, Clock clock, MailSettings settings) {
        this.messages = messages;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
        this.scheduler = scheduler;
        this.clock = clock;
        this.settings = settings;
    }

    /** The safety net: catches retries that have come due and anything a wake-up missed. */
    @Scheduled(fixedDelayString = "${gopy.mail.poll-interval}")
    void poll() {
        deliverDue();
    }

    /**
     * Called after a commit that queued mail, so that a confirmation goes out in a second rather than at the
     * next poll. Wake-ups that come while one is pending add nothing: the pending run sends them all.
     */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                wakeUpPending.set(false);
                deliverDue();
            }, Instant.now());
        }
    }

    /**
     * Sends everything that is due now, batch after batch; stops early when the mail server cannot be
     * reached, leaving the rest for later. Returns how many messages the server accepted.
     */
    public int deliverDue() {
        int sent = 0;
        while (true) {
            Batch batch = transaction.execute(status -> deliverBatch());
            sent += batch.sent();
            if (batch.serverUnreachable() || batch.claimed() < settings.batchSize()) {
                return sent;
            }
        }
    }

    private record Batch(int claimed, int sent, boolean serverUnreachable) {
    }

    private Batch deliverBatch() {
        List<OutboxMessage> due = messages.claimDue(clock.instant(), settings.batchSize());
        Map<MimeMessage, OutboxMessage> ready = new LinkedHashMap<>();
        for (OutboxMessage message : due) {
            try {
                ready.put(MimeMessages.fill(sender.createMimeMessage(), message, settings.from()), message);
            } catch (MessagingException | RuntimeException e) {
                failed(message, e);
            }
        }
        Map<Object, Exception> failures = send(ready.keySet());
        int sent = 0;
        for (var entry : ready.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            if (failure == null) {
                entry.getValue().markSent(clock.instant());
                sent++;
            } else if (serverUnreachable(failure)) {
                // The rest failed the same way: only this one counts an attempt; the others stay due as they were.
                failed(entry.getValue(), failure);
                log.warn("Mail server unreachable, {} message(s) wait in the outbox: {}", due.size() - sent,
                        describe(failure));
                return new Batch(due.size(), sent, true);
            } else {
                failed(entry.getValue(), failure);
            }
        }
        return new Batch(due.size(), sent, false);
    }

    /**
     * Sends the batch over one connection (a connection per message held delivery to about 20 a second);
     * returns the messages that failed, with why.
     */
    private Map<Object, Exception> send(Collection<MimeMessage> batch) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        try {
            sender.send(batch.toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            return e.getFailedMessages().isEmpty() ? allFailed(batch, e) : e.getFailedMessages();
        } catch (MailException e) {
            return allFailed(batch, e);
        }
    }

    private static Map<Object, Exception> allFailed(Collection<MimeMessage> batch, Exception e) {
        Map<Object, Exception> failures = new HashMap<>();
        batch.forEach(message -> failures.put(message, e));
        return failures;
    }

    private void failed(OutboxMessage message, Exception e) {
        message.markFailed(describe(e), clock.instant(), settings.backoff());
        if (!serverUnreachable(e)) {
            log.warn("Mail {} to be tried again at {}: {}", message.getId(), message.getNextAttemptAt(), describe(e));
        }
    }

    /** A failure to reach or log in to the server, rather than one message being refused. */
    static boolean serverUnreachable(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < 10; cause = cause.getCause()) {
            if (cause instanceof MailAuthenticationException || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The messages of the exception and its causes, which together say what went wrong. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < OutboxMessage.MAX_ERROR_LENGTH; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().strip());
            }
        }
        return text.toString();
    }
}
