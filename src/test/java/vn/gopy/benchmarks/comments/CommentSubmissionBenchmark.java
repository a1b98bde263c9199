package vn.gopy.benchmarks.comments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.CommenterKind;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftFixtures;

/**
 * Submissions per second through the service layer, each with its rules checked, its duplicate looked up, its
 * rate-limit buckets taken, the comment stored and the confirmation mail rendered into the outbox, in one
 * transaction: what happens when a campaign sends people to one draft at once. Every submission comes from a
 * different person (address and mailbox), as in such a campaign. Prints its figures and writes them to
 * {@code target/benchmarks/comments.txt}; asserts nothing. See docs/benchmarks.md, "Comments (issue 4)":
 * {@code ./mvnw test -DexcludedGroups=none -Dtest=CommentSubmissionBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=${GOPY_BENCH_COMMENTS_DB_URL:jdbc:postgresql://127.0.0.1:5432/gopy_bench_comments}",
        "spring.datasource.hikari.maximum-pool-size=20",
        "logging.level.vn.gopy=warn"})
@ActiveProfiles("test")
class CommentSubmissionBenchmark {

    private static final int WARM_UP = 3_000;
    private static final int PER_RUN = 12_000;
    private static final int[] CLIENTS = {1, 4, 8, 16};
    private static final String[] ARTICLES = {null, "1", "2", "3"};

    @Autowired CommentService comments;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired JdbcClient jdbc;

    private final AtomicLong sequence = new AtomicLong();
    private final List<String> report = new ArrayList<>();

    @Test
    void submissionsPerSecond() throws Exception {
        database.clear();
        long draft = drafts.openDraft(drafts.agency("BTC"), "BENCH/2026", 60);
        TestStaff.anonymous();
        line("Comment submissions through CommentService.submit (checks, duplicate lookup, rate limits, insert, "
                + "confirmation mail into the outbox; one transaction each)");
        line("Date: %s", ZonedDateTime.now());
        line("Machine: %d cores, Java %s, %s", Runtime.getRuntime().availableProcessors(), Runtime.version(),
                jdbc.sql("SELECT version()").query(String.class).single().replaceAll(" on .*", ""));
        line("Load average at start: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        run(draft, 8, WARM_UP, false);
        for (int clients : CLIENTS) {
            run(draft, clients, PER_RUN, true);
        }
        long stored = jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single();
        long queued = jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single();
        line("Comments stored: %d; confirmation mails queued: %d (one each: %s)", stored, queued, stored == queued);
        line("Load average at end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/comments.txt"), report, StandardCharsets.UTF_8);
    }

    private void run(long draft, int clients, int total, boolean print) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> parts = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int share = total / clients;
            long seed = sequence.get() + c;
            parts.add(pool.submit(() -> submitMany(draft, share, new Random(seed))));
        }
        long[] nanos = new long[0];
        for (Future<long[]> part : parts) {
            long[] p = part.get();
            long[] joined = Arrays.copyOf(nanos, nanos.length + p.length);
            System.arraycopy(p, 0, joined, nanos.length, p.length);
            nanos = joined;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        if (print) {
            Arrays.sort(nanos);
            line("%2d clients: %,d submissions in %.1f s = %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    clients, nanos.length, seconds, nanos.length / seconds, ms(nanos, 0.50), ms(nanos, 0.95),
                    ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        }
    }

    private long[] submitMany(long draft, int count, Random random) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long n = sequence.incrementAndGet();
            CommentSubmission submission = submission(draft, n, random);
            String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
            long start = System.nanoTime();
            comments.submit(submission, address);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static CommentSubmission submission(long draft, long n, Random random) {
        boolean business = random.nextInt(10) == 0;
        String text = "Ý kiến số " + n + ". " + CommentTexts.paragraph(random);
        return new CommentSubmission(draft, ARTICLES[random.nextInt(ARTICLES.length)], text,
                "nguoi" + n + "@example.vn", "Người góp ý " + n, random.nextBoolean(),
                business ? CommenterKind.BUSINESS : CommenterKind.INDIVIDUAL, business ? "Công ty " + n : null,
                "ha-noi", business ? "F" : null, business ? BusinessSize.SMALL : null, true, true, false, "", List.of(),
                random.nextInt(10) == 0 ? "en" : "vi");
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private void line(String format, Object... arguments) {
        String line = arguments.length == 0 ? format : String.format(format, arguments);
        report.add(line);
        System.out.println("[comments benchmark] " + line);
    }
}
