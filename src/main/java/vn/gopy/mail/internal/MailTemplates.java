package vn.gopy.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Mail templates: {@code mail/<name>_<lang>.txt}, Vietnamese when the language has none. The first line is
 * {@code Subject: ...}, then a blank line and the body; {@code {{key}}} is replaced by a value. The HTML part
 * is made from the same text (escaped, paragraphs, links made clickable), so the two never say different things
 * and no value can inject markup.
 */
@Component
public class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_.-]+)}}");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String FALLBACK_LANGUAGE = "vi";

    private final Map<String, String> sources = new ConcurrentHashMap<>();

    public MailContent render(String template, Locale locale, Map<String, String> values) {
        String source = source(template, locale.getLanguage());
        String filled = fill(source, values, template);
        int endOfSubject = filled.indexOf('\n');
        if (!filled.startsWith("Subject:") || endOfSubject < 0) {
            throw new IllegalStateException("Mail template " + template + " must start with a 'Subject:' line");
        }
        String subject = filled.substring("Subject:".length(), endOfSubject).strip();
        String body = filled.substring(endOfSubject + 1).strip() + "\n";
        return new MailContent(subject, body, html(subject, body));
    }

    private String source(String template, String language) {
        return sources.computeIfAbsent(template + "_" + language, key -> read(key)
                .or(() -> read(template + "_" + FALLBACK_LANGUAGE))
                .orElseThrow(() -> new IllegalArgumentException("No mail template " + template)));
    }

    private static java.util.Optional<String> read(String name) {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream("mail/" + name + ".txt")) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String source, Map<String, String> values, String template) {
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Mail template " + template + " needs a value for " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String html(String subject, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject)).append("</title></head>")
                .append("<body style=\"font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a\">");
        for (String paragraph : body.strip().split("\\n\\s*\\n")) {
            String escaped = escape(paragraph.strip()).replace("\n", "<br>");
            html.append("<p>").append(LINK.matcher(escaped).replaceAll(
                    m -> Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"))).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
