package vn.gopy.feedback.internal.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftFilter;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.PageOf;

/**
 * Writes the drafting agencies' digests: every {@code gopy.feedback.digest.check-interval} it looks whether a
 * day's summary is due (from {@code gopy.feedback.digest.hour}, Vietnam time) for each open consultation, and
 * whether a consultation closed without its closing summary. What was sent is read from {@code feedback_digest},
 * not remembered, so a restart or days of downtime neither repeat nor lose a mail.
 */
@Component
public class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    /** A comment confirmed just before the hour may still be committing at the hour; a minute is plenty. */
    private static final Duration SETTLE = Duration.ofMinutes(1);

    private final DraftCatalog catalog;
    private final DigestMarks marks;
    private final DailyDigest daily;
    private final ClosingSummary closing;
    private final TransactionTemplate transactions;
    private final DigestSettings settings;
    private final Clock clock;

    DigestJob(DraftCatalog catalog, DigestMarks marks, DailyDigest daily, ClosingSummary closing,
            TransactionTemplate transactions, DigestSettings settings, Clock clock) {
        this.catalog = catalog;
        this.marks = marks;
        this.daily = daily;
        this.closing = closing;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gopy.feedback.digest.check-interval}",
            initialDelayString = "${gopy.feedback.digest.check-interval}")
    void tick() {
        run();
    }

    /** One pass; returns how many mails it queued. */
    public int run() {
        Instant now = clock.instant();
        Instant todaysHour = now.atZone(PortalTime.ZONE).toLocalDate().atTime(settings.hour(), 0)
                .atZone(PortalTime.ZONE).toInstant();
        int queued = 0;
        if (!now.isBefore(todaysHour.plus(SETTLE))) {
            for (DraftCard draft : openDrafts()) {
                queued += inItsOwnTransaction(draft.id(), () -> daily.summarise(draft, todaysHour));
            }
        }
        for (long id : marks.withoutClosingSummary()) {
            queued += inItsOwnTransaction(id, () -> {
                DraftCard draft = catalog.commentTarget(id, null).draft();
                // Still open (its mark is followed daily), or its report is out already: nothing to sum up.
                return draft.status() == DraftStatus.CLOSED ? closing.send(draft, now) : 0;
            });
        }
        return queued;
    }

    private List<DraftCard> openDrafts() {
        List<DraftCard> open = new ArrayList<>();
        PageOf<DraftCard> page;
        int number = 0;
        do {
            page = catalog.browse(new DraftFilter(null, null, DraftStatus.OPEN), number++, DraftCatalog.MAX_PAGE_SIZE);
            open.addAll(page.items());
        } while (page.hasNext());
        return open;
    }

    /** One transaction per draft: the mark moves with its mails, and one draft's failure stops no other. */
    private int inItsOwnTransaction(long draftId, Supplier<Integer> work) {
        try {
            Integer queued = transactions.execute(tx -> work.get());
            return queued == null ? 0 : queued;
        } catch (RuntimeException e) {
            log.warn("The digest of draft {} failed; the next run tries again", draftId, e);
            return 0;
        }
    }
}
