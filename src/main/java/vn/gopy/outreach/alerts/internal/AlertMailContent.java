package vn.gopy.outreach.alerts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.gopy.common.PortalTime;
import vn.gopy.mail.Mail;
import vn.gopy.outreach.alerts.AlertKind;
import vn.gopy.outreach.alerts.Frequency;

/**
 * The alert mails: one alert ({@code alert}) or a digest of several ({@code alert-digest}), each with the
 * preferences link and the one-click unsubscribe address. The few words per kind of news are here rather than
 * in the templates because a digest repeats them per draft.
 */
@Component
class AlertMailContent {

    private static final Map<AlertKind, String> VI = Map.of(AlertKind.OPENED, "Bắt đầu lấy ý kiến",
            AlertKind.CLOSING_SOON, "Sắp hết hạn góp ý", AlertKind.REPORT, "Đã có báo cáo tiếp thu, giải trình");
    private static final Map<AlertKind, String> EN = Map.of(AlertKind.OPENED, "Open for comment",
            AlertKind.CLOSING_SOON, "Closing soon", AlertKind.REPORT, "Reception report published");

    private final AlertLinks links;

    AlertMailContent(AlertLinks links) {
        this.links = links;
    }

    Mail single(PendingAlert alert) {
        Locale locale = Locale.of(alert.language());
        Map<String, String> values = common(alert);
        values.put("kind", kind(alert.kind(), locale));
        values.put("draftTitle", alert.title());
        values.put("referenceNumber", alert.reference());
        values.put("item", item(alert, locale));
        return new Mail(alert.email(), locale, "alert", values).withUnsubscribe(links.unsubscribe(alert.manageToken()));
    }

    /** One digest of a subscriber's alerts, all of the same subscriber, at least one. */
    Mail digest(List<PendingAlert> alerts, Frequency frequency) {
        PendingAlert first = alerts.getFirst();
        Locale locale = Locale.of(first.language());
        Map<String, String> values = common(first);
        StringBuilder items = new StringBuilder();
        for (PendingAlert alert : alerts) {
            items.append(item(alert, locale)).append("\n\n");
        }
        values.put("count", String.valueOf(alerts.size()));
        values.put("period", period(frequency, locale));
        values.put("items", items.toString().strip());
        return new Mail(first.email(), locale, "alert-digest", values)
                .withUnsubscribe(links.unsubscribe(first.manageToken()));
    }

    private Map<String, String> common(PendingAlert alert) {
        Map<String, String> values = new HashMap<>();
        values.put("manageLink", links.manage(alert.manageToken()));
        values.put("unsubscribeLink", links.unsubscribe(alert.manageToken()));
        return values;
    }

    private String item(PendingAlert alert, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        StringBuilder line = new StringBuilder("• [").append(kind(alert.kind(), locale)).append("] ")
                .append(alert.title()).append(" (").append(alert.reference()).append(")");
        if (alert.closesAt() != null && alert.kind() != AlertKind.REPORT) {
            line.append(english ? " — comments until " : " — góp ý đến hết ")
                    .append(PortalTime.dateTime(alert.closesAt(), locale));
        }
        String link = alert.kind() == AlertKind.REPORT ? links.report(alert.draftId()) : links.draft(alert.draftId());
        return line.append("\n  ").append(link).toString();
    }

    private static String kind(AlertKind kind, Locale locale) {
        return ("en".equals(locale.getLanguage()) ? EN : VI).get(kind);
    }

    private static String period(Frequency frequency, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return frequency == Frequency.WEEKLY ? (english ? "this week" : "trong tuần")
                : (english ? "today" : "trong ngày");
    }
}
