package vn.gopy.outreach.alerts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftFilter;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.PageOf;
import vn.gopy.outreach.alerts.AlertKind;

/**
 * The "closing soon" alerts: each open consultation that closes within {@code closing-soon-days} gets them
 * once. The mark and the alerts are written in one transaction per draft, so a restart neither repeats nor
 * skips one, and two nodes cannot both make them (the mark's key).
 */
@Component
class ClosingSoon {

    private static final Logger log = LoggerFactory.getLogger(ClosingSoon.class);

    private final DraftCatalog catalog;
    private final DraftMatcher matcher;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AlertSettings settings;
    private final Clock clock;

    ClosingSoon(DraftCatalog catalog, DraftMatcher matcher, JdbcClient jdbc, TransactionTemplate transactions,
            AlertSettings settings, Clock clock) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Returns how many drafts got their "closing soon" alerts in this run. */
    int run() {
        Instant now = clock.instant();
        Instant horizon = now.plus(Duration.ofDays(settings.closingSoonDays()));
        int marked = 0;
        int number = 0;
        PageOf<DraftCard> page;
        do { // open drafts come closing soonest first: stop at the first one beyond the horizon
            page = catalog.browse(new DraftFilter(null, null, DraftStatus.OPEN), number++, DraftCatalog.MAX_PAGE_SIZE);
            for (DraftCard draft : page.items()) {
                if (draft.closesAt().isAfter(horizon)) {
                    return marked;
                }
                marked += mark(draft.id(), now) ? 1 : 0;
            }
        } while (page.hasNext());
        return marked;
    }

    private boolean mark(long draftId, Instant now) {
        try {
            return Boolean.TRUE.equals(transactions.execute(tx -> {
                boolean first = jdbc.sql("INSERT INTO alert_closing_mark (draft_id, marked_at) VALUES (?, ?)"
                        + " ON CONFLICT DO NOTHING").params(draftId, Timestamp.from(now)).update() == 1;
                if (first) {
                    matcher.match(draftId, AlertKind.CLOSING_SOON, now);
                }
                return first;
            }));
        } catch (RuntimeException e) {
            log.warn("The closing-soon alerts of draft {} failed; the next run tries again", draftId, e);
            return false;
        }
    }
}
