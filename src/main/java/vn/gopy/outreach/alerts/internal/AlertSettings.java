package vn.gopy.outreach.alerts.internal;

import java.time.DayOfWeek;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gopy.outreach.alerts.*}: how long a confirmation link works, how long unconfirmed requests and undone
 * unsubscriptions are kept, how many days before closing the "closing soon" alert goes, when digests go
 * (hour in Vietnam time; the weekly one on {@code weekly-day}), how often the jobs look, and the rate limits.
 */
@ConfigurationProperties("gopy.outreach.alerts")
public record AlertSettings(@DefaultValue("72h") Duration confirmationValidity,
        @DefaultValue("7d") Duration unconfirmedKeptFor, @DefaultValue("30d") Duration unsubscribedKeptFor,
        @DefaultValue("7") int closingSoonDays, @DefaultValue("7") int digestHour,
        @DefaultValue("MONDAY") DayOfWeek weeklyDay, @DefaultValue("PT1M") Duration sendInterval,
        @DefaultValue("PT15M") Duration checkInterval, @DefaultValue("5") int perEmailCapacity,
        @DefaultValue("20") int perClientCapacity, @DefaultValue("1h") Duration limitPeriod) {

    public AlertSettings {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("gopy.outreach.alerts.digest-hour must be from 0 to 23");
        }
        if (closingSoonDays < 1) {
            throw new IllegalArgumentException("gopy.outreach.alerts.closing-soon-days must be at least 1");
        }
    }
}
