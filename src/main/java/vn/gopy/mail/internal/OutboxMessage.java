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

    protected OutboxMessage() {
    }

    public static OutboxMessage queued(String recipient, String template, String language, MailContent content,
            Instant now) {
        OutboxMessage message = new OutboxMessage();
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
}
