package vn.gopy.feedback.internal.digest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code feedback_digest}: up to when each consultation was summarised and whether its closing
 * summary went. Being written in the same transaction as the queued mail, a mark moves exactly when the mail
 * exists, so a restart neither repeats nor skips a period.
 */
@Repository
class DigestMarks {

    /** Where a consultation's digests stand; {@code closingSentAt} is null until the closing summary is queued. */
    record Mark(Instant summarisedUntil, Instant closingSentAt) {}

    private final JdbcClient jdbc;

    DigestMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts following a consultation: its first summary covers everything since it opened. */
    void follow(long draftId, Instant openedAt) {
        jdbc.sql("INSERT INTO feedback_digest (draft_id, summarised_until) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(draftId, Timestamp.from(openedAt)).update();
    }

    /**
     * The mark, locked until the transaction ends: a second node (or a run overlapping a slow one) waits here,
     * then sees the moved mark and sends nothing twice.
     */
    Mark lock(long draftId) {
        return jdbc.sql("SELECT summarised_until, closing_sent_at FROM feedback_digest WHERE draft_id = ? FOR UPDATE")
                .param(draftId).query((rs, n) -> new Mark(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    void summarisedUntil(long draftId, Instant until) {
        jdbc.sql("UPDATE feedback_digest SET summarised_until = ? WHERE draft_id = ?")
                .params(Timestamp.from(until), draftId).update();
    }

    void closingSent(long draftId, Instant at) {
        jdbc.sql("UPDATE feedback_digest SET closing_sent_at = ? WHERE draft_id = ?")
                .params(Timestamp.from(at), draftId).update();
    }

    /**
     * Consultations followed while open whose closing summary has not gone: the open ones and those that closed
     * since. A consultation that closed before digests existed was never followed, so it gets no late summary.
     */
    List<Long> withoutClosingSummary() {
        return jdbc.sql("SELECT draft_id FROM feedback_digest WHERE closing_sent_at IS NULL ORDER BY draft_id")
                .query(Long.class).list();
    }
}
