package vn.gopy.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send: to whom, in which language, from which template ({@code mail/<template>_<lang>.txt}
 * on the class path) and with which values for its {@code {{placeholders}}}. Values are plain text; the
 * HTML part escapes them.
 */
public record Mail(String to, Locale locale, String template, Map<String, String> values) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        values = Map.copyOf(values);
    }
}
