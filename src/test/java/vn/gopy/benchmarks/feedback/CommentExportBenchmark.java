package vn.gopy.benchmarks.feedback;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.feedback.AnswerFilter;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;
import vn.gopy.feedback.FeedbackStatistics;

/**
 * A million comments of one draft exported as CSV and as XLSX through {@link CommentExports}, into files as the
 * export page does, timing each and watching the heap. Run it in a 256 MB heap, so that an export holding its
 * rows in memory would fail rather than pass slowly. Prints its figures and writes them to
 * {@code target/benchmarks/export.txt}; asserts nothing. See docs/benchmarks.md, "Exports (issue 6)":
 * {@code ./mvnw test -DexcludedGroups=none -Dtest=CommentExportBenchmark -DargLine=-Xmx256m}
 * ({@code -Dbench.formats=CSV} measures one format only.) The comments are loaded afresh each run and deleted
 * at its end: left in the database, the next start would spend minutes putting them into the search index.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=${GOPY_BENCH_EXPORT_DB_URL:jdbc:postgresql://127.0.0.1:5432/gopy_bench_export}",
        // The comments are dated weeks back: the daily clean-up must not delete the unconfirmed ones meanwhile.
        "gopy.comments.unconfirmed-kept-for=3650d",
        "logging.level.vn.gopy=warn"})
@ActiveProfiles("test")
class CommentExportBenchmark {

    private static final int COMMENTS = Integer.getInteger("bench.comments", 1_000_000);
    private static final int UNCONFIRMED = COMMENTS / 50;
    private static final String REFERENCE = "DT-2026/BXD-04";

    @Autowired CommentExports exports;
    @Autowired FeedbackStatistics statistics;
    @Autowired Dispositions dispositions;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private final List<String> report = new ArrayList<>();

    @Test
    void exportAMillionComments() throws Exception {
        line("Exports of comments through CommentExports.write, into files");
        line("Date: %s", ZonedDateTime.now());
        line("Machine: %d cores, Java %s, max heap %d MB, %s", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                jdbc.sql("SELECT version()").query(String.class).single().replaceAll(" on .*", ""));
        line("Load average at start: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        try {
            measure(load());
        } finally {
            database.clear();
        }
        line("Load average at end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/export.txt"), report, StandardCharsets.UTF_8);
    }

    private void measure(long draft) throws Exception {
        long agency = jdbc.sql("SELECT agency_id FROM draft WHERE id = ?").param(draft).query(Long.class).single();
        TestStaff.drafterOf(agency);

        // Warm-up: the first day's comments (about 11,500), both formats, so that the JIT has compiled the paths.
        LocalDate firstDay = LocalDate.of(2026, 9, 1);
        ExportFilter firstDayOnly = new ExportFilter(draft, null, null, null, null, null, false, firstDay, firstDay);
        run("warm-up", firstDayOnly, ExportFormat.CSV);
        run("warm-up", firstDayOnly, ExportFormat.XLSX);

        ExportFilter all = ExportFilter.ofDraft(draft);
        long started = System.nanoTime();
        long count = exports.count(all);
        line("count(): %,d comments in %.2f s (%,d unconfirmed left out)", count, (System.nanoTime() - started) / 1e9,
                UNCONFIRMED);
        line("Heap in use after a full GC before exporting: %d MB", HeapWatch.liveAfterGc() >> 20);
        for (String format : System.getProperty("bench.formats", "CSV,XLSX").split(",")) {
            run("full", all, ExportFormat.valueOf(format.strip()));
        }
        dashboard(draft);
    }

    /** The same million comments seen from the drafter's pages: the dashboard's numbers and the first page to answer. */
    private void dashboard(long draft) {
        for (int round = 1; round <= 3; round++) {
            long started = System.nanoTime();
            var numbers = statistics.forDraft(draft);
            double statisticsMs = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            var page = dispositions.items(draft, AnswerFilter.all(), 0, 20);
            var progress = dispositions.progress(draft);
            double answersMs = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            dispositions.items(draft, new AnswerFilter(null, null, null, true), 0, 20);
            double unansweredMs = (System.nanoTime() - started) / 1e6;
            line("dashboard round %d: statistics of %,d comments %.0f ms; first page to answer (of %,d) with progress"
                    + " %,d/%,d %.0f ms; first page of the unanswered %.0f ms", round, numbers.totals().confirmed(),
                    statisticsMs, page.total(), progress.answered(), progress.total(), answersMs, unansweredMs);
        }
    }

    private long load() throws Exception {
        database.clear();
        long draft = drafts.openDraft(drafts.agency("BXD"), REFERENCE, 60);
        long started = System.nanoTime();
        ExportBenchData.load(dataSource, draft, COMMENTS, UNCONFIRMED);
        line("Loaded %,d confirmed and %,d unconfirmed comments, answers, groups in %.1f s; comment table %s",
                COMMENTS, UNCONFIRMED, (System.nanoTime() - started) / 1e9,
                jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('comment'))").query(String.class).single());
        return draft;
    }

    private void run(String label, ExportFilter filter, ExportFormat format) throws Exception {
        Path file = Files.createTempFile("gopy-export-bench-", "." + format.extension());
        long rows;
        long started = System.nanoTime();
        try (HeapWatch heap = new HeapWatch();
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            rows = exports.write(filter, format, Locale.of("vi"), out, r -> { });
            out.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            line("%s %s: %,d rows, %,d bytes (%.0f MB) in %.1f s = %,.0f rows/s; heap peak sampled %d MB, pools' peaks"
                    + " %d MB, most left after a GC %d MB", label, format, rows, Files.size(file), Files.size(file) / 1e6,
                    seconds, rows / seconds, heap.sampledMaxBytes() >> 20, heap.poolPeaksBytes() >> 20,
                    heap.afterGcMaxBytes() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void line(String format, Object... arguments) {
        String line = arguments.length == 0 ? format : String.format(format, arguments);
        report.add(line);
        System.out.println("[export benchmark] " + line);
    }
}
