package vn.gopy.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The portal keeps instants in UTC and shows and judges calendar days in Vietnam's time zone. */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PortalTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Whole calendar days from {@code now} until {@code deadline} in Vietnam: 0 on the closing day itself. */
    public static long calendarDaysUntil(Instant now, Instant deadline) {
        return ChronoUnit.DAYS.between(now.atZone(ZONE).toLocalDate(), deadline.atZone(ZONE).toLocalDate());
    }
}
