package vn.gopy.comments.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import vn.gopy.common.PortalTime;
import vn.gopy.shell.PlainParagraphs;

/** How comments' dates, articles and texts read, in the reader's language and Vietnam's time. */
final class CommentFormats {

    private static final DateTimeFormatter VI_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private CommentFormats() {
    }

    static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        boolean english = "en".equals(locale.getLanguage());
        return (english ? EN_DATE_TIME : VI_DATE_TIME).format(instant.atZone(PortalTime.ZONE));
    }

    /** "Điều 12" / "Article 12", or "the whole draft" for a comment on all of it. */
    static String about(Component context, String articleLabel) {
        return articleLabel == null ? context.getTranslation("comments.about.whole-draft")
                : context.getTranslation("comments.about.article", articleLabel);
    }

    /** A comment's text as paragraphs of plain text. */
    static Div paragraphs(String text) {
        return PlainParagraphs.of(text, "comment-text");
    }
}
