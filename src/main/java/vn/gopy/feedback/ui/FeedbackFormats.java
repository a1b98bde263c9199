package vn.gopy.feedback.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.gopy.comments.CommenterKind;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.feedback.Outcome;
import vn.gopy.shell.PlainParagraphs;

/** How the feedback pages write dates, texts, kinds, outcomes and statuses, in the reader's language and Vietnam's time. */
final class FeedbackFormats {

    private static final DateTimeFormatter VI_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private FeedbackFormats() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : (english(locale) ? EN_DATE_TIME : VI_DATE_TIME).format(instant.atZone(PortalTime.ZONE));
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : (english(locale) ? EN_DATE : VI_DATE).format(date);
    }

    /** "Điều 12" / "Article 12", or "the whole draft" for a comment on all of it. */
    static String article(Component context, String label) {
        return label == null || label.isEmpty() ? context.getTranslation("feedback.article.whole-draft")
                : context.getTranslation("feedback.article.label", label);
    }

    /** Who commented, in words; a kind not given (null) is said so. */
    static String kind(Component context, String code) {
        return code == null ? context.getTranslation("feedback.not-given") : context.getTranslation("comments.kind." + code);
    }

    static String kind(Component context, CommenterKind kind) {
        return kind(context, kind == null ? null : kind.name());
    }

    static String outcome(Component context, Outcome outcome) {
        return context.getTranslation("feedback.outcome." + outcome.name());
    }

    static Span outcomeBadge(Component context, Outcome outcome) {
        Span badge = new Span(outcome(context, outcome));
        badge.addClassNames("badge", "outcome", "outcome-" + cssName(outcome));
        return badge;
    }

    static Span statusBadge(Component context, DraftStatus status) {
        Span badge = new Span(context.getTranslation("drafts.status." + status.name()));
        badge.addClassNames("badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Div paragraphs(String text, String className) {
        return PlainParagraphs.of(text, className);
    }

    /** The first characters of a text on one line, for a list or a chart. */
    static String excerpt(String text, int length) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= length ? line
                : line.substring(0, line.offsetByCodePoints(0, length - 1)).stripTrailing() + "…";
    }

    static String cssName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
