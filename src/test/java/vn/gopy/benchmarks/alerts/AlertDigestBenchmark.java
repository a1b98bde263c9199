package vn.gopy.benchmarks.alerts;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.alerts.AlertFixtures;
import vn.gopy.outreach.alerts.internal.AlertJobs;

/**
 * The daily digests of 100,000 confirmed subscribers, each following one to three sectors, agencies or
 * provinces and with one to six waiting alerts about 40 open drafts, produced by {@link AlertJobs#sendDigests}
 * and streamed into the mail outbox. Run it in a 256 MB heap, so that a run holding the digests in memory would
 * fail rather than pass slowly:
 * {@code ./mvnw test -DexcludedGroups=none -Dtest=AlertDigestBenchmark -DargLine=-Xmx256m}.
 * Prints its figures and writes them to {@code target/benchmarks/alert-digests.txt}; asserts nothing but that
 * a second run sends nothing. See docs/benchmarks.md, "Alerts (issue 7)".
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=${GOPY_BENCH_ALERTS_DB_URL:jdbc:postgresql://127.0.0.1:5432/gopy_bench_alerts}",
        "logging.level.vn.gopy=warn"})
@ActiveProfiles("test")
class AlertDigestBenchmark {

    private static final int SUBSCRIBERS = Integer.getInteger("bench.subscribers", 100_000);
    private static final int DRAFTS = 40;
    private static final String[] SECTORS = {"A", "C", "F", "G", "H", "K", "L", "M", "P", "Q"};
    private static final String[] PROVINCES = {"ha-noi", "ho-chi-minh", "hai-phong", "hue", "da-nang"};
    private static final String[] KINDS = {"OPENED", "OPENED", "OPENED", "CLOSING_SOON", "REPORT"};

    @Autowired AlertJobs jobs;
    @Autowired AlertFixtures alerts;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;

    private final List<String> report = new ArrayList<>();

    @Test
    void digestsForAHundredThousandSubscribers() throws Exception {
        line("Daily alert digests through AlertJobs.sendDigests, into the mail outbox");
        line("Date: %s", ZonedDateTime.now());
        line("Machine: %d cores, Java %s, max heap %d MB, %s", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                jdbc.sql("SELECT version()").query(String.class).single().replaceAll(" on .*", ""));
        line("Load average at start: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        database.clear();
        alerts.clear();
        try {
            long started = System.nanoTime();
            long pending = load();
            line("Loaded %,d subscribers, %,d topics, %,d waiting alerts in %.1f s", SUBSCRIBERS,
                    jdbc.sql("SELECT count(*) FROM alert_topic").query(Long.class).single(), pending,
                    (System.nanoTime() - started) / 1e9);
            line("Heap in use after a full GC before the run: %d MB", liveAfterGc() >> 20);
            Peak peak = new Peak();
            started = System.nanoTime();
            long queued = jobs.sendDigests();
            double seconds = (System.nanoTime() - started) / 1e9;
            peak.stop();
            line("sendDigests: %,d digest mails queued in %.1f s (%,.0f a second); heap in use: sampled peak %d MB,"
                    + " after collections at most %d MB", queued, seconds, queued / seconds, peak.max >> 20,
                    peak.maxAfterGc >> 20);
            line("Heap in use after a full GC after the run: %d MB", liveAfterGc() >> 20);
            line("Outbox rows: %,d; waiting alerts left: %,d", jdbc.sql("SELECT count(*) FROM mail_outbox")
                    .query(Long.class).single(), jdbc.sql("SELECT count(*) FROM alert_pending").query(Long.class).single());
            started = System.nanoTime();
            long again = jobs.sendDigests();
            line("A second run (as after a restart): %,d mails in %.2f s", again, (System.nanoTime() - started) / 1e9);
            if (again != 0) {
                throw new AssertionError("A second run sent " + again + " digests");
            }
        } finally {
            alerts.clear();
            database.clear();
        }
        line("Load average at end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/alert-digests.txt"), report, StandardCharsets.UTF_8);
    }

    /**
     * Real drafts through the services; subscribers, topics and alerts with COPY, written in 1 MB chunks (the
     * benchmark's own heap must stay small too). Returns the alerts' count.
     */
    private long load() throws Exception {
        long agency = drafts.agency("BXD");
        long[] draftIds = new long[DRAFTS];
        for (int i = 0; i < DRAFTS; i++) {
            draftIds[i] = drafts.openDraft(agency, "BENCH-" + i, 40);
        }
        Instant waiting = clock.instant().minusSeconds(2 * 86_400);
        long alertCount = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Copy subscribers = new Copy(c, "COPY alert_subscriber (id, email, language, frequency, manage_token,"
                    + " confirmed_at) FROM STDIN");
            Random random = new Random(20261128);
            for (int n = 1; n <= SUBSCRIBERS; n++) {
                subscribers.row(n + "\tnguoi.theo.doi" + n + "@example.vn\t" + (random.nextInt(5) == 0 ? "en" : "vi")
                        + "\tDAILY\t" + String.format("%043d", n) + "\t" + waiting);
            }
            subscribers.end();
            Copy topics = new Copy(c, "COPY alert_topic (subscriber_id, kind, value) FROM STDIN");
            for (int n = 1; n <= SUBSCRIBERS; n++) {
                int topicCount = 1 + random.nextInt(3);
                java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
                for (int t = 0; t < topicCount; t++) {
                    int roll = random.nextInt(10);
                    chosen.add(roll < 6 ? "SECTOR\t" + SECTORS[random.nextInt(SECTORS.length)]
                            : roll < 8 ? "AGENCY\tBXD" : "PROVINCE\t" + PROVINCES[random.nextInt(PROVINCES.length)]);
                }
                for (String topic : chosen) {
                    topics.row(n + "\t" + topic);
                }
            }
            topics.end();
            Copy pending = new Copy(c, "COPY alert_pending (subscriber_id, draft_id, kind, title, reference,"
                    + " closes_at, created_at) FROM STDIN");
            for (int n = 1; n <= SUBSCRIBERS; n++) {
                int alertsOfOne = 1 + random.nextInt(6);
                int first = random.nextInt(DRAFTS);
                for (int a = 0; a < alertsOfOne; a++) {
                    int d = (first + a) % DRAFTS;
                    pending.row(n + "\t" + draftIds[d] + "\t" + KINDS[a % KINDS.length]
                            + "\tLuật Đất đai (sửa đổi) BENCH-" + d + "\tBENCH-" + d + "\t"
                            + waiting.plusSeconds(40L * 86_400) + "\t" + waiting);
                    alertCount++;
                }
            }
            pending.end();
            c.createStatement().execute("SELECT setval('alert_subscriber_id_seq', " + SUBSCRIBERS + ")");
            c.commit();
            c.setAutoCommit(true);
            c.createStatement().execute("ANALYZE alert_subscriber, alert_topic, alert_pending");
        }
        return alertCount;
    }

    /** One COPY, fed a megabyte at a time. */
    private static final class Copy {
        private final CopyIn copy;
        private final StringBuilder rows = new StringBuilder(1 << 20);

        Copy(Connection c, String sql) throws Exception {
            copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void row(String row) throws Exception {
            rows.append(row).append('\n');
            if (rows.length() > 1 << 19) {
                flush();
            }
        }

        void end() throws Exception {
            flush();
            copy.endCopy();
        }

        private void flush() throws Exception {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.setLength(0);
        }
    }

    private static long liveAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Samples every 20 ms while the run goes: the heap in use (garbage included), and the heap left after the
     * latest collection (what the run really holds).
     */
    private static final class Peak {
        volatile long max;
        volatile long maxAfterGc;
        private volatile boolean running = true;
        private final Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running) {
                max = Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                maxAfterGc = Math.max(maxAfterGc, ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
                        .mapToLong(p -> p.getCollectionUsage().getUsed()).sum());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[alert-digests] " + text);
        report.add(text);
    }
}
