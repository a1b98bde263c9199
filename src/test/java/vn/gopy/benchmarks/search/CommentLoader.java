package vn.gopy.benchmarks.search;

import static vn.gopy.benchmarks.search.TextPools.pick;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

/**
 * A million comments in the shape a comment will have once issue 4 brings the real entity: until then they
 * live in {@code bench_comment}, which only the benchmark knows. A few drafts draw most comments, as on
 * real portals; most comments name an article.
 */
final class CommentLoader {

    private static final String[] AUTHOR_KINDS = {"CITIZEN", "CITIZEN", "CITIZEN", "BUSINESS", "ASSOCIATION", "AGENCY"};
    private static final String[] STATES = {"APPROVED", "APPROVED", "APPROVED", "APPROVED", "REJECTED", "CONFIRMED",
            "PENDING_CONFIRMATION"};

    private final DataSource dataSource;
    private final long seed;

    CommentLoader(DataSource dataSource, long seed) {
        this.dataSource = dataSource;
        this.seed = seed;
    }

    long load(int count, List<Long> draftIds, List<String> clauses) throws Exception {
        Map<String, List<String>> phrases = phrases();
        Random r = new Random(seed);
        Instant first = Instant.parse("2023-01-05T00:00:00Z");
        long span = Instant.now().getEpochSecond() - first.getEpochSecond();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_comment");
                s.execute("""
                        CREATE TABLE bench_comment (
                            id            BIGINT PRIMARY KEY,
                            draft_id      BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
                            article_label VARCHAR(20),
                            author_kind   VARCHAR(20) NOT NULL,
                            province_code VARCHAR(40) REFERENCES province (code),
                            text          TEXT NOT NULL,
                            created_at    TIMESTAMPTZ NOT NULL,
                            state         VARCHAR(24) NOT NULL)""");
            }
            List<String> provinces = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT code FROM province")) {
                while (rs.next()) {
                    provinces.add(rs.getString(1));
                }
            }
            try (CopyStream copy = new CopyStream(c, "bench_comment",
                    "id, draft_id, article_label, author_kind, province_code, text, created_at, state")) {
                for (long id = 1; id <= count; id++) {
                    // u^3 puts most comments on a few drafts, as on real portals.
                    double u = r.nextDouble();
                    long draft = draftIds.get((int) (draftIds.size() * u * u * u));
                    boolean onArticle = r.nextDouble() < 0.7;
                    copy.cell(id).cell(draft).cell(onArticle ? String.valueOf(1 + r.nextInt(25)) : null)
                            .cell(AUTHOR_KINDS[r.nextInt(AUTHOR_KINDS.length)])
                            .cell(r.nextDouble() < 0.8 ? pick(provinces, r) : null)
                            .cell(text(phrases, clauses, onArticle, r))
                            .cell(first.plusSeconds((long) (r.nextDouble() * span)))
                            .cell(STATES[r.nextInt(STATES.length)]).endRow();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX bench_comment_draft_idx ON bench_comment (draft_id, created_at)");
            }
            c.commit();
        }
        return count;
    }

    /** An opener, often the words of the draft the comment is about, a request, maybe a reason, a closing. */
    private static String text(Map<String, List<String>> p, List<String> clauses, boolean onArticle, Random r) {
        StringBuilder s = new StringBuilder(pick(p.get("opener"), r)).append(' ');
        if (onArticle && r.nextBoolean()) {
            String clause = pick(clauses, r);
            s.append("Tại khoản ").append(1 + r.nextInt(5)).append(" có quy định “")
                    .append(clause, 0, Math.min(clause.length(), 80 + r.nextInt(80))).append("…”. ");
        }
        s.append(pick(p.get("request"), r)).append(' ');
        if (r.nextBoolean()) {
            s.append(pick(p.get("reason"), r)).append(' ');
        }
        if (r.nextDouble() < 0.3) {
            s.append(pick(p.get("request"), r)).append(' ');
        }
        return s.append(pick(p.get("closing"), r)).toString();
    }

    private static Map<String, List<String>> phrases() throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : TextPools.lines("benchmarks/comment-phrases-vi.txt")) {
            if (line.startsWith("[")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }
}
