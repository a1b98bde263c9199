package vn.gopy.feedback.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gopy.feedback.DraftStatistics.GroupTally;
import vn.gopy.feedback.DraftStatistics.Tally;
import vn.gopy.feedback.DraftStatistics.Totals;

/** A draft's comments counted by PostgreSQL: one grouped query per chart (see decision 0018). */
@Repository
public class StatisticsQueries {

    private static final String CONFIRMED = " FROM comment WHERE draft_id = ? AND confirmed_at IS NOT NULL ";

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Totals totals(long draftId) {
        Map<String, Long> byState = jdbc.sql("SELECT state, count(*)" + CONFIRMED + "GROUP BY state")
                .param(draftId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long published = byState.getOrDefault("PUBLISHED", 0L);
        long notPublished = byState.getOrDefault("NOT_PUBLISHED", 0L);
        long awaiting = byState.getOrDefault("AWAITING_MODERATION", 0L);
        long answered = jdbc.sql("""
                SELECT count(*) FROM disposition d JOIN comment c ON c.id = d.comment_id
                WHERE d.draft_id = ? AND c.state = 'PUBLISHED'""").param(draftId).query(Long.class).single();
        return new Totals(published + notPublished + awaiting, published, notPublished, awaiting, answered);
    }

    /** Counts by one column of the comment, largest first; {@code column} is one of ours, never user input. */
    public List<Tally> by(long draftId, String column) {
        return jdbc.sql("SELECT " + column + ", count(*)" + CONFIRMED + "GROUP BY " + column
                        + " ORDER BY count(*) DESC, " + column)
                .param(draftId).query((rs, n) -> new Tally(rs.getString(1), rs.getLong(2))).list();
    }

    /** Counts by lower-cased article label; the comments on the whole draft under "". */
    public Map<String, Long> byArticle(long draftId) {
        return jdbc.sql("SELECT COALESCE(lower(article_label), ''), count(*)" + CONFIRMED + "GROUP BY 1")
                .param(draftId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Confirmations per calendar day in Vietnam. */
    public TreeMap<LocalDate, Long> perDay(long draftId) {
        return jdbc.sql("SELECT (confirmed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, count(*)" + CONFIRMED
                        + "GROUP BY 1")
                .param(draftId).query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
    }

    public List<GroupTally> largestGroups(long draftId, int limit) {
        return jdbc.sql("""
                SELECT g.id, g.size, left(c.text, 160) FROM form_letter_group g
                JOIN comment c ON c.id = g.representative_comment_id
                WHERE g.draft_id = ? AND g.size > 1 ORDER BY g.size DESC, g.id LIMIT ?""")
                .param(draftId).param(limit)
                .query((rs, n) -> new GroupTally(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    public List<Tally> byOutcome(long draftId) {
        return jdbc.sql("""
                SELECT d.outcome, count(*) FROM disposition d JOIN comment c ON c.id = d.comment_id
                WHERE d.draft_id = ? AND c.state = 'PUBLISHED' GROUP BY d.outcome ORDER BY d.outcome""")
                .param(draftId).query((rs, n) -> new Tally(rs.getString(1), rs.getLong(2))).list();
    }
}
