package vn.gopy.moderation.grouping;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.moderation.internal.grouping.FormLetters;
import vn.gopy.moderation.internal.grouping.GroupView;

/**
 * Form-letter grouping at full size: 10,000 variants of four campaigns among 100,000 other comments of one draft,
 * assigned one by one in arrival order. Prints recall, false grouping, the time of one {@code assign} as the draft
 * grows, the heap of the index and the rebuild after a restart; asserts nothing. See docs/benchmarks.md,
 * "Form-letter grouping (issue 5)": {@code ./mvnw test -DexcludedGroups=none -Dtest=FormLetterGroupingBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=${GOPY_BENCH_GROUPING_DB_URL:jdbc:postgresql://127.0.0.1:5432/gopy_bench_grouping}",
        "logging.level.vn.gopy=warn"})
@ActiveProfiles("test")
class FormLetterGroupingBenchmark {

    private static final int VARIANTS = 10_000;
    private static final int UNRELATED = 100_000;
    private static final int MEASURED = 10_000; // the last calls, made with 100,000 comments or more in the draft

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    private final List<String> report = new ArrayList<>();

    @Test
    void tenThousandVariantsAmongOneHundredThousandComments() throws Exception {
        database.clear();
        long draft = drafts.openDraft(drafts.agency("BXD"), "NHA-O/2026", 60);
        line("Form-letter grouping: %,d variants of 4 campaigns among %,d other comments, one draft", VARIANTS, UNRELATED);
        line("Date: %s; %d cores, Java %s, %s", ZonedDateTime.now(), Runtime.getRuntime().availableProcessors(),
                Runtime.version(), jdbc.sql("SELECT version()").query(String.class).single().replaceAll(" on .*", ""));
        List<SyntheticConsultation.Letter> letters = SyntheticConsultation.of(VARIANTS, UNRELATED, 2017);
        List<Long> ids = insert(draft, letters);

        FormLetters formLetters = new FormLetters(jdbc, transactions, clock);
        long heapBefore = usedHeap();
        long[] nanos = new long[letters.size()];
        for (int i = 0; i < letters.size(); i++) {
            long start = System.nanoTime();
            formLetters.assign(ids.get(i), draft, letters.get(i).text());
            nanos[i] = System.nanoTime() - start;
        }
        long heapAfter = usedHeap();
        times("all %,d calls".formatted(nanos.length), nanos);
        times("the last %,d calls (%,d to %,d comments in the draft)".formatted(MEASURED, nanos.length - MEASURED,
                nanos.length), Arrays.copyOfRange(nanos, nanos.length - MEASURED, nanos.length));
        line("Index heap: %.1f MB in its arrays; %.1f MB more heap used after a full GC", formLetters.indexBytes() / 1e6,
                (heapAfter - heapBefore) / 1e6);

        GroupingScore score = GroupingScore.of(letters, ids, formLetters);
        line("Recall: %,d of %,d variants in their campaign's largest group = %.2f %%", score.variantsInTheirCampaignsGroup(),
                score.variants(), 100 * score.recall());
        line("False grouping: %,d of %,d other comments in a group = %.3f %%", score.unrelatedGrouped(), score.unrelated(),
                100 * score.falseGroupingRate());
        line("Groups: %,d; groups mixing two campaigns: %d", score.groups(), score.mixedGroups());

        long start = System.nanoTime();
        List<GroupView> largest = formLetters.largest(draft, 5);
        line("Five largest groups with what varies (200 sampled members each): %.0f ms; sizes %s",
                (System.nanoTime() - start) / 1e6, largest.stream().map(GroupView::size).toList());
        GroupView first = largest.getFirst();
        line("Largest: changed at %s; %s", first.changedAt(), first.variations().subList(0, Math.min(5, first.variations().size())));

        FormLetters restarted = new FormLetters(jdbc, transactions, clock);
        String text = CampaignLetters.variant(0, new java.util.Random(1));
        long id = new CommentRows(jdbc).insert(draft, text);
        start = System.nanoTime();
        var assignment = restarted.assign(id, draft, text);
        line("After a restart: the first assign rebuilds the draft's index from %,d signatures in %.1f s and joins a "
                + "group of %,d", nanos.length, (System.nanoTime() - start) / 1e9, assignment.groupSize());
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/grouping.txt"), report, StandardCharsets.UTF_8);
    }

    private List<Long> insert(long draft, List<SyntheticConsultation.Letter> letters) {
        CommentRows rows = new CommentRows(jdbc);
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < letters.size(); from += 10_000) {
            List<String> texts = letters.subList(from, Math.min(letters.size(), from + 10_000)).stream()
                    .map(SyntheticConsultation.Letter::text).toList();
            ids.addAll(rows.insert(draft, texts));
        }
        return ids;
    }

    private void times(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        line("assign, %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms", what, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private void line(String format, Object... arguments) {
        String line = String.format(format, arguments);
        report.add(line);
        System.out.println("[grouping benchmark] " + line);
    }
}
