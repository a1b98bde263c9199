package vn.gopy.drafts.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftStatus;

/** What readers need to know about a consultation's time: its status, how long is left, its window. */
final class ConsultationTiming {

    private ConsultationTiming() {
    }

    static Span badge(Component context, DraftStatus status) {
        Span badge = new Span(context.getTranslation("drafts.status." + status.name()));
        badge.addClassNames("badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** The short line of a card: "Còn 12 ngày", "Hôm nay là ngày cuối", "Mở sau 3 ngày", "Đã kết thúc ngày ...". */
    static String remaining(Component context, Locale locale, DraftCard card) {
        return switch (card.status()) {
            case OPEN -> card.daysLeft() == 0 ? context.getTranslation("drafts.timing.last-day")
                    : context.getTranslation("drafts.timing.days-left", card.daysLeft());
            case SCHEDULED -> card.daysUntilOpening() == 0
                    ? context.getTranslation("drafts.timing.opens-today", ReadingFormat.time(card.opensAt()))
                    : context.getTranslation("drafts.timing.opens-in", card.daysUntilOpening());
            case CLOSED, REPORT_PUBLISHED -> context.getTranslation("drafts.timing.closed-on",
                    ReadingFormat.date(card.closesAt(), locale));
            case DRAFT -> context.getTranslation("drafts.timing.unpublished");
        };
    }

    /** Whether a reader should hurry: an open consultation in its last week. */
    static boolean closingSoon(DraftCard card) {
        return card.status() == DraftStatus.OPEN && card.daysLeft() <= 7;
    }

    /** The whole window in Vietnam time, or a note that it is not set yet (only a preview can show that). */
    static String window(Component context, Locale locale, DraftCard card) {
        if (card.opensAt() == null || card.closesAt() == null) {
            return context.getTranslation("drafts.timing.not-set");
        }
        return context.getTranslation("drafts.timing.window", ReadingFormat.dateTime(card.opensAt(), locale),
                ReadingFormat.dateTime(card.closesAt(), locale));
    }
}
