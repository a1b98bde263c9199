package vn.gopy.outreach.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import vn.gopy.outreach.alerts.AlertKind;

/** A waiting alert with its subscriber's address, as the senders read it (see {@link #COLUMNS}). */
record PendingAlert(long subscriberId, String email, String language, String manageToken, long draftId,
        AlertKind kind, String title, String reference, Instant closesAt) {

    static final String COLUMNS = "p.subscriber_id, s.email, s.language, s.manage_token, p.draft_id, p.kind,"
            + " p.title, p.reference, p.closes_at";

    static PendingAlert read(ResultSet rs, int row) throws SQLException {
        return new PendingAlert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                AlertKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant());
    }
}
