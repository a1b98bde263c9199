package vn.gopy.mail.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import vn.gopy.common.PortalTime;

/** Instants of the outbox in the reader's language, on Vietnam's clock (as the portal shows all times). */
record OutboxDates(DateTimeFormatter formatter) {

    static OutboxDates in(Locale locale) {
        return new OutboxDates(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(locale).withZone(PortalTime.ZONE));
    }

    String format(Instant instant) {
        return instant == null ? "" : formatter.format(instant);
    }
}
