package vn.gopy.mail.internal;

/** A rendered message: its subject, and the same words as plain text and as HTML. */
public record MailContent(String subject, String text, String html) {
}
