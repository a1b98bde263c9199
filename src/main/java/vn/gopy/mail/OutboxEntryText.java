package vn.gopy.mail;

/** A message opened to be read: its list entry and its plain-text body (the HTML part says the same). */
public record OutboxEntryText(OutboxEntry entry, String text) {
}
