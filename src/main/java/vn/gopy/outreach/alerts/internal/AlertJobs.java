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

    /**
     * The digests due now, daily and weekly; returns how many mails were queued. A digest goes at its time (the
     * end of its period) with the alerts that arrived until then; later ones wait for the next period.
     */
    public long sendDigests() {
        Instant now = clock.instant();
        long queued = 0;
        for (Frequency frequency : new Frequency[] {Frequency.DAILY, Frequency.WEEKLY}) {
            LocalDate period = currentPeriod(frequency, now);
            queued += sender.sendDigests(frequency, period,
                    period.atTime(settings.digestHour(), 0).atZone(PortalTime.ZONE).toInstant());
        }
        if (queued > 0) {
            log.info("Queued {} alert digests", queued);
        }
        return queued;
    }

    /** The day of the latest digest time that has come (today's, or an earlier one). */
    LocalDate currentPeriod(Frequency frequency, Instant now) {
        var local = now.atZone(PortalTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (local.getHour() < settings.digestHour()) {
            day = day.minusDays(1);
        }
        return frequency == Frequency.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(settings.weeklyDay())) : day;
    }
}
