package vn.gopy.comments.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gopy.comments.ReportReason;

/**
 * Reports from the public, one per comment and reporter. The reporter is kept as a hash of the address only:
 * enough to count each person once, nothing to identify them by.
 */
@Repository
public class CommentReports {

    private final JdbcClient jdbc;

    CommentReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a report; false when this reporter had reported this comment already. */
    public boolean add(long commentId, ReportReason reason, String note, String clientAddress, Instant now) {
        return jdbc.sql("""
                INSERT INTO comment_report (comment_id, reason, note, reporter_key, reported_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (comment_id, reporter_key) DO NOTHING""")
                .params(commentId, reason.name(), note, ConfirmationToken.hashOf("reporter:" + clientAddress),
                        java.sql.Timestamp.from(now))
                .update() == 1;
    }
}
