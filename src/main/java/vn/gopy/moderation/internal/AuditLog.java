package vn.gopy.moderation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gopy.moderation.AuditEntry;

/** The append-only audit trail of decisions (the table refuses updates and deletions, see V7). */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Instant at, String moderator, long commentId, String trackingNumber, String action,
            String reason, String note) {
        jdbc.sql("""
                INSERT INTO moderation_audit (at, moderator, comment_id, tracking_number, action, reason, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), moderator, commentId, trackingNumber, action, reason, note).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM moderation_audit").query(Long.class).single();
    }

    public List<AuditEntry> page(int offset, int limit) {
        return jdbc.sql("SELECT * FROM moderation_audit ORDER BY at DESC, id DESC OFFSET ? LIMIT ?")
                .params(offset, limit).query(AuditLog::entry).list();
    }

    public List<AuditEntry> ofComment(long commentId) {
        return jdbc.sql("SELECT * FROM moderation_audit WHERE comment_id = ? ORDER BY at, id")
                .param(commentId).query(AuditLog::entry).list();
    }

    /** Every entry, oldest first, one at a time: an export never holds the whole trail in memory. */
    public void each(Consumer<AuditEntry> consumer) {
        try (var entries = jdbc.sql("SELECT * FROM moderation_audit ORDER BY at, id").withFetchSize(500)
                .query(AuditLog::entry).stream()) {
            entries.forEach(consumer);
        }
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("moderator"),
                rs.getLong("comment_id"), rs.getString("tracking_number"), rs.getString("action"),
                rs.getString("reason"), rs.getString("note"));
    }
}
