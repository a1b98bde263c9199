package vn.gopy.feedback.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    private static final int BREAKDOWN_COLUMNS = 6;
    private static final String CONFIRMED = " FROM comment WHERE draft_id = ? AND confirmed_at IS NOT NULL ";

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A draft's confirmed comments counted six ways at once: by state, kind, province, sector, article and day. */
    public record Breakdown(Totals totals, List<Tally> byKind, List<Tally> byProvince, List<Tally> bySector,
            Map<String, Long> byArticle, TreeMap<LocalDate, Long> perDay) {}

    /**
     * The dashboard's counts in one pass over the draft's comments (grouping sets), not one pass per chart: at a
     * million comments each pass costs a few hundred milliseconds. {@code GROUPING(...)} tells the sets apart:
     * its bit for the column the row is grouped by is 0.
     */
    public Breakdown breakdown(long draftId) {
        List<List<Tally>> sets = new ArrayList<>();
        for (int i = 0; i < BREAKDOWN_COLUMNS; i++) {
            sets.add(new ArrayList<>());
        }
        jdbc.sql("""
                SELECT state, kind, province, sector, article, day::text, count(*) AS n,
                       GROUPING(state, kind, province, sector, article, day) AS unused
                FROM (SELECT state, commenter_kind AS kind, province_code AS province, sector_code AS sector,
                             COALESCE(lower(article_label), '') AS article,
                             (confirmed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day
                      FROM comment WHERE draft_id = ? AND confirmed_at IS NOT NULL) c
                GROUP BY GROUPING SETS ((state), (kind), (province), (sector), (article), (day))
                ORDER BY n DESC""")
                .param(draftId)
                .query(rs -> {
                    int set = Integer.numberOfLeadingZeros(~rs.getInt("unused") << (32 - BREAKDOWN_COLUMNS));
                    sets.get(set).add(new Tally(rs.getString(set + 1), rs.getLong("n")));
                });
        Map<String, Long> byState = sets.get(0).stream().collect(Collectors.toMap(Tally::code, Tally::count));
        return new Breakdown(totals(draftId, byState), sorted(sets.get(1)), sorted(sets.get(2)), sorted(sets.get(3)),
                sets.get(4).stream().collect(Collectors.toMap(Tally::code, Tally::count)),
                sets.get(5).stream().collect(Collectors.toMap(t -> LocalDate.parse(t.code()), Tally::count,
                        Long::sum, TreeMap::new)));
    }

    /** Largest first, then by code, nulls ("not given") last among equals: the order of every chart. */
    private static List<Tally> sorted(List<Tally> tallies) {
        tallies.sort(Comparator.comparingLong(Tally::count).reversed()
                .thenComparing(Tally::code, Comparator.nullsLast(Comparator.naturalOrder())));
        return tallies;
    }

    public Totals totals(long draftId) {
        Map<String, Long> byState = jdbc.sql("SELECT state, count(*)" + CONFIRMED + "GROUP BY state")
                .param(draftId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return totals(draftId, byState);
    }

    private Totals totals(long draftId, Map<String, Long> byState) {
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
