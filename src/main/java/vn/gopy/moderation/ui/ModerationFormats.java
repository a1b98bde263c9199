package vn.gopy.moderation.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import vn.gopy.common.PortalTime;
import vn.gopy.moderation.Flag;
import vn.gopy.shell.PlainParagraphs;

/** How the moderation pages write dates, texts, flags and keys, in the reader's language and Vietnam's time. */
final class ModerationFormats {

    private static final DateTimeFormatter VI_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private ModerationFormats() {
    }

    static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        boolean english = "en".equals(locale.getLanguage());
        return (english ? EN_DATE_TIME : VI_DATE_TIME).format(instant.atZone(PortalTime.ZONE));
    }

    static Div paragraphs(String text, String className) {
        return PlainParagraphs.of(text, className);
    }

    static Span flag(Component context, Flag flag) {
        Span badge = new Span(context.getTranslation("moderation.flag." + flag.name()));
        badge.addClassNames("badge", "flag", "flag-" + flag.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** A key as the keyboard shows it, in a {@code <kbd>} that screen readers announce as a key. */
    static Element kbd(String key) {
        return new Element("kbd").setText(key);
    }

    /** The first characters of a text on one line, for a list. */
    static String excerpt(String text, int length) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= length ? line : line.substring(0, length - 1).stripTrailing() + "…";
    }
}
