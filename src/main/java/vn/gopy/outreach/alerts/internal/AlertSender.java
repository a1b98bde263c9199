package vn.gopy.outreach.alerts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.mail.MailOutbox;
import vn.gopy.outreach.alerts.Frequency;

/**
 * Writes the waiting alerts into the mail outbox. Immediate ones in batches locked with SKIP LOCKED, so two
 * nodes share them and none is mailed twice. Digests under a mark per subscriber and period that the database
 * keeps unique: a run claims its subscribers with one INSERT (a second node waits for it, then finds the
 * marks and claims nobody), streams their alerts ordered by subscriber through a cursor, makes one mail per
 * subscriber and deletes what it mailed, all in one transaction: a crash leaves nothing half-sent.
 */
@Component
public class AlertSender {

    private static final int BATCH = 500;
    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final MailOutbox outbox;
    private final AlertMailContent content;

    AlertSender(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions, MailOutbox outbox,
            AlertMailContent content) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.outbox = outbox;
        this.content = content;
    }

    /** Mails every waiting alert of immediate subscribers, one mail each; returns how many were queued. */
    public long sendImmediate() {
        long total = 0;
        long sent;
        do {
            Long batch = transactions.execute(tx -> immediateBatch());
            sent = batch == null ? 0 : batch;
            total += sent;
        } while (sent == BATCH);
        return total;
    }

    private long immediateBatch() {
        List<PendingAlert> alerts = jdbc.sql("SELECT " + PendingAlert.COLUMNS + " FROM alert_pending p"
                + " JOIN alert_subscriber s ON s.id = p.subscriber_id"
                + " WHERE s.frequency = 'IMMEDIATE' AND s.unsubscribed_at IS NULL"
                + " ORDER BY p.created_at, p.subscriber_id LIMIT " + BATCH + " FOR UPDATE OF p SKIP LOCKED")
                .query(PendingAlert::read).list();
        if (alerts.isEmpty()) {
            return 0;
        }
        outbox.queueAll(alerts.stream().map(content::single));
        for (PendingAlert alert : alerts) {
            jdbc.sql("DELETE FROM alert_pending WHERE subscriber_id = ? AND draft_id = ? AND kind = ?")
                    .params(alert.subscriberId(), alert.draftId(), alert.kind().name()).update();
        }
        return alerts.size();
    }

    /**
     * The digests due on {@code period}, of the alerts that arrived until {@code until} (that day's digest time);
     * returns how many mails were queued (0 when this period's digests were sent already).
     */
    public long sendDigests(Frequency frequency, LocalDate period, Instant until) {
        Long queued = transactions.execute(tx -> {
            UUID claim = UUID.randomUUID();
            int claimed = jdbc.sql("""
                    INSERT INTO alert_digest_mark (subscriber_id, frequency, period, claim)
                    SELECT DISTINCT p.subscriber_id, CAST(:frequency AS TEXT), CAST(:period AS DATE), CAST(:claim AS UUID)
                    FROM alert_pending p
                    JOIN alert_subscriber s ON s.id = p.subscriber_id
                    WHERE s.frequency = :frequency AND s.unsubscribed_at IS NULL AND p.created_at <= :until
                    ON CONFLICT DO NOTHING""").param("frequency", frequency.name()).param("period", period)
                    .param("claim", claim).param("until", Timestamp.from(until)).update();
            if (claimed == 0) {
                return 0L;
            }
            long count;
            try (Stream<PendingAlert> alerts = claimedAlerts(claim, until)) {
                count = outbox.queueAll(Digests.group(alerts).map(list -> content.digest(list, frequency)));
            }
            jdbc.sql("DELETE FROM alert_pending p USING alert_digest_mark m WHERE m.claim = :claim"
                    + " AND p.subscriber_id = m.subscriber_id AND p.created_at <= :until")
                    .param("claim", claim).param("until", Timestamp.from(until)).update();
            return count;
        });
        return queued == null ? 0 : queued;
    }

    /** Through a cursor (fetch size, inside the transaction): the whole run never sits in memory. */
    private Stream<PendingAlert> claimedAlerts(UUID claim, Instant until) {
        return jdbcTemplate.queryForStream(con -> {
            var statement = con.prepareStatement("SELECT " + PendingAlert.COLUMNS + " FROM alert_pending p"
                    + " JOIN alert_digest_mark m ON m.subscriber_id = p.subscriber_id AND m.claim = ?"
                    + " JOIN alert_subscriber s ON s.id = p.subscriber_id WHERE p.created_at <= ?"
                    + " ORDER BY p.subscriber_id, p.created_at, p.draft_id, p.kind");
            statement.setObject(1, claim);
            statement.setTimestamp(2, Timestamp.from(until));
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, PendingAlert::read);
    }
}
