package vn.gopy.benchmarks.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import vn.gopy.search.Facet;
import vn.gopy.search.SearchQuery;

/**
 * PostgreSQL full-text search done well, as the comparison for the Lucene index: one stored tsvector per
 * draft (title A, summary and topics B, article text C) with a GIN index, folded with unaccent through an
 * immutable wrapper on the 'simple' configuration for Vietnamese (PostgreSQL has no Vietnamese dictionary)
 * and 'english' for English drafts; websearch_to_tsquery, ts_rank; facet counts over the whole result in
 * the same statement; then the ten cards with ts_headline snippets of the title, the summary and the best
 * matching article. The tables live beside the application's and are rebuilt from them by {@link #build}.
 */
final class PgBaseline implements SearchEngine {

    private static final String QUERY = "(websearch_to_tsquery('simple', bench_fold(?)) || websearch_to_tsquery('english', ?))";
    private static final String MARKS = "StartSel=<mark>, StopSel=</mark>";

    private final DataSource dataSource;
    private final Map<String, Long> agencyIdsByCode;

    PgBaseline(DataSource dataSource, Map<String, Long> agencyIdsByCode) {
        this.dataSource = dataSource;
        this.agencyIdsByCode = agencyIdsByCode;
    }

    @Override
    public String name() {
        return "PostgreSQL FTS";
    }

    static void build(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : PgBaselineSchema.STATEMENTS) {
                s.execute(sql);
            }
        }
    }

    @Override
    public List<String> search(SearchQuery query) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            List<Long> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(resultAndFacets(query))) {
                int p = 1;
                if (query.hasText()) {
                    ps.setString(p++, query.text());
                    ps.setString(p++, query.text());
                }
                for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
                    ps.setArray(p++, array(c, filter.getKey(), filter.getValue()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if ("hit".equals(rs.getString(1))) {
                            page.add(Long.parseLong(rs.getString(2)));
                        }
                    }
                }
            }
            return page.isEmpty() ? List.of() : cards(c, query, page);
        }
    }

    private static String resultAndFacets(SearchQuery query) {
        StringBuilder where = new StringBuilder(query.hasText() ? "f.document @@ q.query" : "TRUE");
        for (Facet facet : query.filters().keySet()) {
            where.append(" AND ").append(switch (facet) {
                case AGENCY -> "f.agency_id = ANY(?)";
                case DOCUMENT_TYPE -> "f.document_type_code = ANY(?)";
                case STATUS -> "f.status = ANY(?)";
                case SECTOR -> "f.sectors && ?";
                case SIZE -> "f.sizes && ?";
                case PROVINCE -> "f.provinces && ?";
                case YEAR -> "f.year = ANY(?)";
            });
        }
        String q = query.hasText() ? QUERY : "NULL::tsquery";
        String rank = query.hasText() ? "ts_rank(f.document, q.query)" : "0";
        int offset = (query.page() - 1) * query.pageSize();
        return """
                WITH q AS (SELECT %s AS query),
                hits AS MATERIALIZED (
                    SELECT f.draft_id, f.agency_id, f.document_type_code, f.status, f.year, f.sectors, f.sizes,
                           f.provinces, f.published_at, %s AS rank
                    FROM bench_fts_draft f, q WHERE %s)
                (SELECT 'hit', draft_id::text, rank::float8 FROM hits ORDER BY rank DESC, published_at DESC
                 LIMIT %d OFFSET %d)
                UNION ALL SELECT 'total', NULL, count(*) FROM hits
                UNION ALL SELECT 'agency', agency_id::text, count(*) FROM hits GROUP BY agency_id
                UNION ALL SELECT 'type', document_type_code, count(*) FROM hits GROUP BY document_type_code
                UNION ALL SELECT 'status', status, count(*) FROM hits GROUP BY status
                UNION ALL SELECT 'year', year::text, count(*) FROM hits GROUP BY year
                UNION ALL SELECT 'sector', v, count(*) FROM hits, unnest(sectors) v GROUP BY v
                UNION ALL SELECT 'size', v, count(*) FROM hits, unnest(sizes) v GROUP BY v
                UNION ALL SELECT 'province', v, count(*) FROM hits, unnest(provinces) v GROUP BY v
                """.formatted(q, rank, where, query.pageSize(), offset);
    }

    /** The page's cards: draft, agency and type names, highlighted title and summary, best article. */
    private static List<String> cards(Connection c, SearchQuery query, List<Long> page) throws Exception {
        String q = query.hasText() ? QUERY : "NULL::tsquery";
        String sql = """
                WITH q AS (SELECT %s AS query)
                SELECT d.id, d.reference_number, ag.name_vi, t.name_vi,
                       ts_headline(cfg.c, d.title, q.query, 'HighlightAll=true, %s'),
                       ts_headline(cfg.c, d.summary, q.query, 'MaxWords=35, MinWords=15, %s'),
                       art.label, ts_headline(cfg.c, art.body, q.query, 'MaxWords=35, MinWords=15, %s')
                FROM draft d CROSS JOIN q
                JOIN agency ag ON ag.id = d.agency_id JOIN document_type t ON t.code = d.document_type_code
                CROSS JOIN LATERAL (SELECT CASE WHEN d.language = 'en' THEN 'english'::regconfig
                                                ELSE 'bench_vi'::regconfig END AS c) cfg
                LEFT JOIN LATERAL (
                    SELECT b.label, concat_ws(' ', b.title, b.body) AS body
                    FROM bench_fts_article a JOIN text_block b ON b.id = a.block_id
                    WHERE a.draft_id = d.id AND a.document @@ q.query
                    ORDER BY ts_rank(a.document, q.query) DESC LIMIT 1) art ON TRUE
                WHERE d.id = ANY(?)
                """.formatted(q, MARKS, MARKS, MARKS);
        List<String> references = new ArrayList<>(page.size());
        page.forEach(id -> references.add(null));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            if (query.hasText()) {
                ps.setString(p++, query.text());
                ps.setString(p++, query.text());
            }
            ps.setArray(p, c.createArrayOf("bigint", page.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    references.set(page.indexOf(rs.getLong(1)), rs.getString(2));
                }
            }
        }
        return references;
    }

    private Array array(Connection c, Facet facet, Set<String> values) throws Exception {
        return switch (facet) {
            case AGENCY -> c.createArrayOf("bigint", values.stream()
                    .map(v -> v.chars().allMatch(Character::isDigit) ? Long.valueOf(v) : agencyIdsByCode.get(v))
                    .filter(java.util.Objects::nonNull).toArray());
            case YEAR -> c.createArrayOf("int", values.stream()
                    .filter(v -> v.matches("\\d{1,4}")).map(Integer::valueOf).toArray());
            case STATUS, SIZE -> c.createArrayOf("text", values.stream().map(String::toUpperCase).toArray());
            default -> c.createArrayOf("text", values.toArray());
        };
    }
}
