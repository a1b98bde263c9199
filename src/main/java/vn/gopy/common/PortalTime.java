package vn.gopy.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.temporal.ChronoUnit;

/** The portal keeps instants in UTC and shows and judges calendar days in Vietnam's time zone. */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VI_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    // Day before month, with the month's name: no reader can take 03/04 for the wrong day.
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    private PortalTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Whole calendar days from {@code now} until {@code deadline} in Vietnam: 0 on the closing day itself. */
    public static long calendarDaysUntil(Instant now, Instant deadline) {
        return ChronoUnit.DAYS.between(now.atZone(ZONE).toLocalDate(), deadline.atZone(ZONE).toLocalDate());
    }

    /** A day as readers write it: 28/11/2026 in Vietnamese, 28 Nov 2026 in English. */
    public static String date(Instant instant, Locale locale) {
        return (isEnglish(locale) ? EN_DATE : VI_DATE).format(instant.atZone(ZONE));
    }

    public static String dateTime(Instant instant, Locale locale) {
        return (isEnglish(locale) ? EN_DATE_TIME : VI_DATE_TIME).format(instant.atZone(ZONE));
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
