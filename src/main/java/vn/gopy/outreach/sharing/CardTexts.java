package vn.gopy.outreach.sharing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftCard;

/**
 * The words of the embeddable card and the poster, in one language, outside any Vaadin session. The lines about
 * time are the draft page's own (its {@code drafts.timing} texts and the card's days left, counted in Vietnam),
 * so that a card on a newspaper's site says what the portal says.
 */
final class CardTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(PortalTime.ZONE);

    private final I18NProvider translations;
    private final Locale locale;

    CardTexts(I18NProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    /** {@code ?lang=en} asks for English; anything else is Vietnamese, the portal's language. */
    static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi");
    }

    String language() {
        return locale.getLanguage();
    }

    String t(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    String status(DraftCard card) {
        return t("drafts.status." + card.status().name());
    }

    /** "Còn 12 ngày", "Hôm nay là ngày cuối", "Bắt đầu sau 3 ngày", "Đã kết thúc ngày ...". */
    String remaining(DraftCard card) {
        return switch (card.status()) {
            case OPEN -> card.daysLeft() == 0 ? t("drafts.timing.last-day") : t("drafts.timing.days-left", card.daysLeft());
            case SCHEDULED -> card.daysUntilOpening() == 0 ? t("drafts.timing.opens-today", TIME.format(card.opensAt()))
                    : t("drafts.timing.opens-in", card.daysUntilOpening());
            case CLOSED, REPORT_PUBLISHED -> t("drafts.timing.closed-on", date(card.closesAt()));
            case DRAFT -> t("drafts.timing.unpublished");
        };
    }

    String agency(DraftCard card) {
        return card.agency() == null ? "" : card.agency().name(locale);
    }

    String documentType(DraftCard card) {
        return card.documentType() == null ? "" : card.documentType().name(locale);
    }

    String date(Instant instant) {
        return PortalTime.date(instant, locale);
    }

    /** The last day on which comments are taken: the window's end is exclusive, so a midnight end is the day before. */
    String lastDay(DraftCard card) {
        return date(card.closesAt().minusNanos(1));
    }

    /** The plain-language summary on one line, cut at a word near {@code limit} characters. */
    static String shortened(String summary, int limit) {
        String text = summary == null ? "" : summary.strip().replaceAll("\\s+", " ");
        if (text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit);
        return text.substring(0, cut > limit / 2 ? cut : limit).replaceAll("[\\s,;:.–-]+$", "") + "…";
    }
}
