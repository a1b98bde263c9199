package vn.gopy.feedback.internal.digest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A consultation's comments confirmed in a period [from, until). Confirmation is when a comment becomes one
 * (unconfirmed ones may still be deleted), so a comment counts in the period its author confirmed it.
 */
@Repository
class DigestQueries {

    /** The daily mail names the groups that grew most; the dashboard lists them all. */
    static final int GROUPS_LISTED = 10;

    private static final String IN_PERIOD = " c.draft_id = ? AND c.confirmed_at >= ? AND c.confirmed_at < ? ";

    /** A form-letter group with letters confirmed in the period: how many, its size now, its article. */
    record GrownGroup(long groupId, String articleLabel, long added, int size) {}

    private final JdbcClient jdbc;

    DigestQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long confirmed(long draftId, Instant from, Instant until) {
        return jdbc.sql("SELECT count(*) FROM comment c WHERE" + IN_PERIOD)
                .params(draftId, Timestamp.from(from), Timestamp.from(until)).query(Long.class).single();
    }

    /** Counts by lower-cased article label, the whole draft under "" (as {@code StatisticsQueries} keys them). */
    Map<String, Long> byArticle(long draftId, Instant from, Instant until) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT COALESCE(lower(c.article_label), ''), count(*) FROM comment c WHERE" + IN_PERIOD + "GROUP BY 1")
                .params(draftId, Timestamp.from(from), Timestamp.from(until))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    List<GrownGroup> grownGroups(long draftId, Instant from, Instant until) {
        return jdbc.sql("""
                SELECT g.id, r.article_label, count(*), g.size FROM form_letter_member m
                JOIN comment c ON c.id = m.comment_id
                JOIN form_letter_group g ON g.id = m.group_id
                JOIN comment r ON r.id = g.representative_comment_id
                WHERE""" + IN_PERIOD + """
                GROUP BY g.id, r.article_label, g.size ORDER BY count(*) DESC, g.id LIMIT ?""")
                .params(draftId, Timestamp.from(from), Timestamp.from(until), GROUPS_LISTED)
                .query((rs, n) -> new GrownGroup(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
                .list();
    }
}
