package vn.gopy.benchmarks.search;

import java.util.List;

/**
 * The PostgreSQL baseline's objects. A generated column cannot see the articles (they are other rows), so
 * the per-draft vector is a table built from the current published version, as a trigger or a job would
 * keep it in a real application; the per-article vectors serve to pick and highlight the best article.
 */
final class PgBaselineSchema {

    private PgBaselineSchema() {
    }

    private static final String CURRENT_TEXT = """
            current_version AS (
                SELECT DISTINCT ON (draft_id) id, draft_id FROM draft_version
                WHERE published_at IS NOT NULL ORDER BY draft_id, number DESC)""";

    static final List<String> STATEMENTS = List.of(
            "CREATE EXTENSION IF NOT EXISTS unaccent",
            // unaccent() is only STABLE (its dictionary could change); index expressions need IMMUTABLE.
            """
            CREATE OR REPLACE FUNCTION bench_fold(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$""",
            // ts_headline must see the text as written, so highlighting uses a configuration that folds.
            "DROP TEXT SEARCH CONFIGURATION IF EXISTS bench_vi",
            "CREATE TEXT SEARCH CONFIGURATION bench_vi (COPY = simple)",
            "ALTER TEXT SEARCH CONFIGURATION bench_vi ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
            "DROP TABLE IF EXISTS bench_fts_article, bench_fts_draft",
            """
            CREATE TABLE bench_fts_draft AS
            WITH %s,
            article_text AS (
                SELECT v.draft_id, string_agg(concat_ws(' ', b.title, b.body), E'\\n' ORDER BY b.position) AS body
                FROM current_version v JOIN text_block b ON b.version_id = v.id GROUP BY v.draft_id)
            SELECT d.id AS draft_id, d.agency_id, d.document_type_code, d.status, d.published_at,
                   extract(year FROM d.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year,
                   ARRAY(SELECT sector_code FROM draft_sector x WHERE x.draft_id = d.id)::text[] AS sectors,
                   ARRAY(SELECT size FROM draft_business_size x WHERE x.draft_id = d.id)::text[] AS sizes,
                   ARRAY(SELECT province_code FROM draft_province x WHERE x.draft_id = d.id)::text[] AS provinces,
                   CASE WHEN d.language = 'en' THEN
                        setweight(to_tsvector('english', d.title), 'A')
                        || setweight(to_tsvector('english', d.summary || ' ' || topics.list), 'B')
                        || setweight(to_tsvector('english', coalesce(t.body, '')), 'C')
                   ELSE setweight(to_tsvector('simple', bench_fold(d.title)), 'A')
                        || setweight(to_tsvector('simple', bench_fold(d.summary || ' ' || topics.list)), 'B')
                        || setweight(to_tsvector('simple', bench_fold(coalesce(t.body, ''))), 'C')
                   END AS document
            FROM draft d LEFT JOIN article_text t ON t.draft_id = d.id
            CROSS JOIN LATERAL (SELECT coalesce(string_agg(topic, ' '), '') AS list
                                FROM draft_topic x WHERE x.draft_id = d.id) topics
            WHERE d.status <> 'DRAFT'""".formatted(CURRENT_TEXT),
            "ALTER TABLE bench_fts_draft ADD PRIMARY KEY (draft_id)",
            "CREATE INDEX bench_fts_draft_document_idx ON bench_fts_draft USING gin (document)",
            """
            CREATE TABLE bench_fts_article AS
            WITH %s
            SELECT b.id AS block_id, v.draft_id,
                   CASE WHEN d.language = 'en' THEN to_tsvector('english', concat_ws(' ', b.title, b.body))
                        ELSE to_tsvector('simple', bench_fold(concat_ws(' ', b.title, b.body))) END AS document
            FROM current_version v JOIN draft d ON d.id = v.draft_id JOIN text_block b ON b.version_id = v.id
            WHERE b.kind = 'ARTICLE' AND d.status <> 'DRAFT'""".formatted(CURRENT_TEXT),
            "CREATE INDEX bench_fts_article_draft_idx ON bench_fts_article (draft_id)",
            "ANALYZE bench_fts_draft",
            "ANALYZE bench_fts_article");
}
