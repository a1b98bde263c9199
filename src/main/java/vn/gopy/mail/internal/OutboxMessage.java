package vn.gopy.mail.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in the outbox, rendered when it was queued, and what became of its delivery. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String template;
    private String language;
    private String subject;
    private String textBody;
    private String htmlBody;
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;
    private String unsubscribeAddress;

    protected OutboxMessage() {
    }

    public static OutboxMessage queued(String recipient, String template, String language, MailContent content,
            Instant now, String unsubscribeAddress) {
        OutboxMessage message = new OutboxMessage();
        message.unsubscribeAddress = unsubscribeAddress;
        message.recipient = recipient;
        message.template = template;
        message.language = language;
        message.subject = content.subject();
        message.textBody = content.text();
        message.htmlBody = content.html();
        message.createdAt = now;
        message.nextAttemptAt = now;
        return message;
    }

    /** The mail server accepted it: it is never tried again. */
    public void markSent(Instant now) {
        sentAt = now;
        lastError = null;
    }

    /**
     * An attempt failed: the message stays queued and is tried again after the back-off for the attempts so
     * far. Nothing ever gives up on a message, so mail is delayed by an outage and never lost.
     */
    public void markFailed(String error, Instant now, RetryBackoff backoff) {
        if (sentAt != null) {
            throw new IllegalStateException("Message " + id + " was already sent");
        }
        attempts++;
        lastError = shorten(error);
        nextAttemptAt = now.plus(backoff.delayAfter(attempts));
    }

    /** Enough of an error to tell an outage from a refused address, without storing a whole stack trace. */
    static String shorten(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTemplate() {
        return template;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    /** Where a one-click unsubscribe POSTs, for mail to subscribers; null for other mail. */
    public String getUnsubscribeAddress() {
        return unsubscribeAddress;
    }
}
