package vn.gopy.mail.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Turns an outbox message into what goes over SMTP: multipart/alternative, plain text first, then HTML. */
final class MimeMessages {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeMessages() {
    }

    /** Fills {@code mime} (made by the sender, so it carries the sender's session) from {@code message}. */
    static MimeMessage fill(MimeMessage mime, OutboxMessage message, String from) throws MessagingException {
        mime.setFrom(new InternetAddress(from, true));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), UTF_8);
        mime.setSentDate(new Date());
        // Clients show the last alternative they can display, so the richer one comes last.
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(message.getTextBody(), "plain"));
        alternative.addBodyPart(part(message.getHtmlBody(), "html"));
        mime.setContent(alternative);
        if (message.getUnsubscribeAddress() != null) {
            // RFC 8058: clients offer "Unsubscribe" and POST "List-Unsubscribe=One-Click" to the address.
            mime.setHeader("List-Unsubscribe", "<" + message.getUnsubscribeAddress() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mime.saveChanges();
        // After saveChanges, which would invent a new id; Spring's sender keeps one that is set.
        mime.setHeader("Message-ID", messageId(message, from));
        return mime;
    }

    /**
     * The same for every attempt at the same message, so a client that gets it twice (sent, then the crash
     * before it was marked sent) can drop the copy. The creation time keeps it unique when another
     * installation, or a database started afresh, reuses the row id.
     */
    static String messageId(OutboxMessage message, String from) throws MessagingException {
        String address = new InternetAddress(from, true).getAddress();
        String domain = address.contains("@") ? address.substring(address.indexOf('@') + 1) : "gopy";
        return "<outbox-" + message.getId() + "-" + message.getCreatedAt().toEpochMilli() + "@" + domain + ">";
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }
}
