package vn.gopy.benchmarks.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestStaff;
import vn.gopy.benchmarks.search.BenchQueries.JudgedQuery;
import vn.gopy.benchmarks.search.BenchQueries.MixQuery;
import vn.gopy.drafts.TextRecognition;
import vn.gopy.search.SearchIndex;
import vn.gopy.search.SearchService;

/**
 * Search at scale (issue 3): loads 10,000 drafts and a million comments, then measures the Lucene search
 * service and a PostgreSQL full-text baseline on the same data in the same run: relevance on judged
 * queries, latency and throughput on a fixed query mix, mass re-indexing. Prints figures and writes them to
 * {@code target/benchmarks/search.txt}; asserts nothing. See docs/benchmarks.md, "Search (issue 3)":
 * {@code GOPY_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/gopy_bench ./mvnw test -DexcludedGroups=none -Dtest=SearchBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        // A fixed folder, so that -Dbench.reuse=true -Dbench.reindex=false finds the index of the last run.
        "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmarks/index",
        // What production uses; the test profile's sync would make every write wait for the index.
        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=write-sync",
        "spring.datasource.hikari.maximum-pool-size=16"})
@ActiveProfiles("test")
class SearchBenchmark {

    private static final Path INDEX = Path.of("target/benchmarks/index");

    @Autowired DataSource dataSource;
    @Autowired TextRecognition recognition;
    @Autowired SearchIndex searchIndex;
    @Autowired ObjectProvider<SearchService> searchService;

    @Test
    void luceneAgainstPostgresqlOnTenThousandDrafts() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Report report = new Report(Path.of("target/benchmarks/search.txt"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Machine.describe(report, jdbc);
        report.line("Settings: %s", settings);

        boolean loaded = jdbc.queryForObject("SELECT count(*) FROM draft", Long.class) > 0
                && jdbc.queryForObject("SELECT to_regclass('bench_comment') IS NOT NULL", Boolean.class);
        if (settings.reuse() && loaded) {
            report.line("Load: reusing the data already in the database");
        } else {
            TestStaff.admin(); // the text recogniser is a staff service
            new BenchDataLoader(dataSource, recognition, report).load(settings);
        }
        report.line("Data: %s", jdbc.queryForObject("""
                SELECT format('%s public drafts (%s in English), %s articles in current versions, %s comments; database %s',
                  (SELECT count(*) FROM draft WHERE status <> 'DRAFT'),
                  (SELECT count(*) FROM draft WHERE status <> 'DRAFT' AND language = 'en'),
                  (SELECT count(*) FROM text_block WHERE kind = 'ARTICLE'),
                  (SELECT count(*) FROM bench_comment), pg_size_pretty(pg_database_size(current_database())))""",
                String.class));

        if (!(settings.reuse() && jdbc.queryForObject("SELECT to_regclass('bench_fts_article') IS NOT NULL", Boolean.class))) {
            long started = System.nanoTime();
            PgBaseline.build(dataSource);
            report.line("PostgreSQL baseline: vectors and GIN index built in %.1f s", (System.nanoTime() - started) / 1e9);
        }
        report.line("PostgreSQL baseline size: %s", jdbc.queryForObject("""
                SELECT format('draft vectors %s (GIN index %s), article vectors %s',
                  pg_size_pretty(pg_total_relation_size('bench_fts_draft')),
                  pg_size_pretty(pg_relation_size('bench_fts_draft_document_idx')),
                  pg_size_pretty(pg_total_relation_size('bench_fts_article')))""", String.class));

        Map<String, Long> agencyIds = new TreeMap<>();
        jdbc.query("SELECT code, id FROM agency", rs -> {
            agencyIds.put(rs.getString(1), rs.getLong(2));
        });
        List<SearchEngine> engines = new java.util.ArrayList<>();
        SearchService lucene = searchService.getIfAvailable();
        if (lucene == null) {
            report.line("Lucene: no SearchService implementation in this build; measuring PostgreSQL only");
        } else {
            if (settings.reindex() || !settings.reuse()) {
                reindex(report);
            }
            engines.add(new LuceneEngine(lucene));
        }
        engines.add(new PgBaseline(dataSource, agencyIds));

        List<JudgedQuery> judged = BenchQueries.judged();
        List<MixQuery> mix = BenchQueries.mix();
        Results results = new Results(report, judged, mix);
        for (SearchEngine engine : engines) {
            TestStaff.anonymous();
            results.relevance(engine, Relevance.of(engine, judged));
        }
        results.printRanks();
        for (SearchEngine engine : engines) {
            results.latency(engine, new LatencyRun(settings).measure(engine, mix, TestStaff::anonymous));
        }
        results.printSummary();
        if (lucene != null) {
            TypingAndProfiles.measure(lucene, report);
        }
        Machine.load(report);
    }

    private void reindex(Report report) throws Exception {
        TestStaff.admin();
        long started = System.nanoTime();
        searchIndex.rebuild();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<SearchIndex.Count> counts = searchIndex.counts();
        long entities = counts.stream().mapToLong(SearchIndex.Count::inIndex).sum();
        report.line("Lucene mass re-index: %d documents %s in %.1f s: %.0f entities/s (target >= 3,000: %s); "
                + "index on disk %.1f MB", entities, counts, seconds, entities / seconds,
                entities / seconds >= 3000 ? "met" : "missed", Machine.bytesUnder(INDEX) / 1e6);
    }
}
