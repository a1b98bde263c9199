package vn.gopy.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send: to whom, in which language, from which template ({@code mail/<template>_<lang>.txt}
 * on the class path) and with which values for its {@code {{placeholders}}}. Values are plain text; the
 * HTML part escapes them. Mail to subscribers names the address that unsubscribes them in one click
 * ({@code unsubscribeAddress}, RFC 8058); other mail has none.
 */
public record Mail(String to, Locale locale, String template, Map<String, String> values, String unsubscribeAddress) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        values = Map.copyOf(values);
        if (unsubscribeAddress != null && !unsubscribeAddress.startsWith("https://")
                && !unsubscribeAddress.startsWith("http://")) {
            throw new IllegalArgumentException("One-click unsubscribe needs an http(s) address: " + unsubscribeAddress);
        }
    }

    public Mail(String to, Locale locale, String template, Map<String, String> values) {
        this(to, locale, template, values, null);
    }

    /**
     * The same mail with {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers: mail clients show
     * an "Unsubscribe" button that POSTs to {@code address}, which must unsubscribe without a session.
     */
    public Mail withUnsubscribe(String address) {
        return new Mail(to, locale, template, values, Objects.requireNonNull(address, "address"));
    }
}
