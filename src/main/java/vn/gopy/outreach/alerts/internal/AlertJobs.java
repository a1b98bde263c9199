package vn.gopy.outreach.alerts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gopy.common.PortalTime;
import vn.gopy.outreach.alerts.Frequency;

/**
 * The schedules: immediate alerts every {@code send-interval}; every {@code check-interval} the "closing soon"
 * alerts, the digests whose time has come (from {@code digest-hour}, Vietnam time; weekly on
 * {@code weekly-day}) and the purge. Everything they do is marked in the database, so a restart or a day of
 * downtime neither repeats nor loses a mail: a digest missed while down goes at the next run.
 */
@Component
public class AlertJobs {

    private static final Logger log = LoggerFactory.getLogger(AlertJobs.class);

    private final AlertSender sender;
    private final ClosingSoon closingSoon;
    private final Subscriptions subscriptions;
    private final AlertSettings settings;
    private final Clock clock;

    AlertJobs(AlertSender sender, ClosingSoon closingSoon, Subscriptions subscriptions, AlertSettings settings,
            Clock clock) {
        this.sender = sender;
        this.closingSoon = closingSoon;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gopy.outreach.alerts.send-interval:PT1M}",
            initialDelayString = "${gopy.outreach.alerts.send-interval:PT1M}")
    void sendTick() {
        sender.sendImmediate();
    }

    @Scheduled(fixedDelayString = "${gopy.outreach.alerts.check-interval:PT15M}",
            initialDelayString = "${gopy.outreach.alerts.check-interval:PT15M}")
    public void checkTick() {
        try {
            closingSoon.run();
            sendDigests();
        } finally {
            subscriptions.purge(clock.instant());
        }
    }

    /** The digests due now, daily and weekly; returns how many mails were queued. */
    public long sendDigests() {
        Instant now = clock.instant();
        long queued = sender.sendDigests(Frequency.DAILY, currentPeriod(Frequency.DAILY, now), now)
                + sender.sendDigests(Frequency.WEEKLY, currentPeriod(Frequency.WEEKLY, now), now);
        if (queued > 0) {
            log.info("Queued {} alert digests", queued);
        }
        return queued;
    }

    /** The first day of the latest period whose digest time has come (today's, or the one before). */
    LocalDate currentPeriod(Frequency frequency, Instant now) {
        var local = now.atZone(PortalTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (local.getHour() < settings.digestHour()) {
            day = day.minusDays(1);
        }
        return frequency == Frequency.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(settings.weeklyDay())) : day;
    }
}
