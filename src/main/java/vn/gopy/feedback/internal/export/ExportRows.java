package vn.gopy.feedback.internal.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.gopy.common.PortalTime;
import vn.gopy.feedback.ExportFilter;

/**
 * Reads the comments of an export with plain SQL, row after row. A report of up to millions of rows over five
 * tables of three modules (comments, moderation's form-letter groups, feedback's dispositions) is one streaming
 * query here, not millions of entities: with a fetch size inside the caller's transaction, PostgreSQL's driver
 * reads through a cursor, {@value #FETCH_SIZE} rows at a time, and no more rows than that are ever in memory.
 */
@Component
class ExportRows {

    static final int FETCH_SIZE = 1000;

    private static final String COLUMNS = "SELECT c.id, c.tracking_number, d.reference_number, c.submitted_at,"
            + " c.confirmed_at, c.commenter_kind, c.organisation,"
            + " CASE WHEN c.publish_name THEN c.author_name END,"
            + " CASE WHEN c.may_contact THEN c.email END,"
            + " c.province_code, c.sector_code, c.article_label, c.text,"
            + " CASE WHEN c.published_text <> c.text THEN c.published_text END,"
            + " c.state, c.decision_reason, g.id, g.size,"
            + " p.outcome, p.explanation, p.changed_article, p.answered_by, p.answered_at";

    private static final String GROUPS = " LEFT JOIN form_letter_member m ON m.comment_id = c.id"
            + " LEFT JOIN form_letter_group g ON g.id = m.group_id";

    private final JdbcTemplate jdbc;

    ExportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(ExportFilter filter) {
        ExportSql sql = ExportSql.of(filter);
        Long count = jdbc.queryForObject("SELECT count(*)" + ExportSql.FROM + sql.where(), Long.class,
                sql.parameters());
        return count == null ? 0 : count;
    }

    /** Hands each matching comment to {@code each}, in the order they arrived. Needs a transaction to stream. */
    void forEach(ExportFilter filter, Consumer<ExportedComment> each) {
        ExportSql sql = ExportSql.of(filter);
        stream(COLUMNS + ExportSql.FROM + GROUPS + sql.where() + " ORDER BY c.id", sql.parameters(), FETCH_SIZE,
                rs -> each.accept(read(rs)));
    }

    /** The same, for any query of this package over the export's tables (the attachments of a ZIP). */
    void stream(String query, Object[] parameters, int fetchSize, RowCallbackHandler handler) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(query);
            statement.setFetchSize(fetchSize);
            new ArgumentPreparedStatementSetter(parameters).setValues(statement);
            return statement;
        }, handler);
    }

    private static ExportedComment read(ResultSet rs) throws SQLException {
        long groupId = rs.getLong(17);
        Long group = rs.wasNull() ? null : groupId;
        return new ExportedComment(rs.getLong(1), rs.getString(2), rs.getString(3), time(rs, 4), time(rs, 5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), group, group == null ? null : rs.getInt(18), rs.getString(19), rs.getString(20),
                rs.getString(21), rs.getString(22), time(rs, 23));
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), PortalTime.ZONE);
    }
}
