package vn.gopy.benchmarks.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gopy.benchmarks.search.BenchQueries.JudgedQuery;
import vn.gopy.benchmarks.search.BenchQueries.MixQuery;

/** Collects each engine's figures and prints them as the table of docs/benchmarks.md, with the targets. */
final class Results {

    private final Report report;
    private final List<JudgedQuery> judged;
    private final List<MixQuery> mix;
    private final Map<String, Relevance.Scores> relevance = new LinkedHashMap<>();
    private final Map<String, LatencyRun.Figures> latency = new LinkedHashMap<>();

    Results(Report report, List<JudgedQuery> judged, List<MixQuery> mix) {
        this.report = report;
        this.judged = judged;
        this.mix = mix;
    }

    void relevance(SearchEngine engine, Relevance.Scores scores) {
        relevance.put(engine.name(), scores);
        report.line("%s relevance on %d judged queries: MRR %.3f, nDCG@10 %.3f", engine.name(), judged.size(),
                scores.mrr(), scores.ndcg10());
    }

    void latency(SearchEngine engine, LatencyRun.Figures f) {
        latency.put(engine.name(), f);
        report.line("%s on the mix of %d queries: single client p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
                + "concurrent clients: %.1f queries/s, p95 %.1f ms", engine.name(), mix.size() - f.failed().size(), f.p50(), f.p95(), f.p99(),
                f.max(), f.queriesPerSecond(), f.concurrentP95());
        report.line("  slowest queries: %s", String.join("; ", f.slowest()));
        StringBuilder categories = new StringBuilder();
        f.medianByCategory().forEach((category, ms) -> categories.append("%s %.1f ms; ".formatted(category, ms)));
        report.line("  median by kind of query, single client: %s", categories);
        f.failed().forEach(failure -> report.line("  FAILED, left out of the timings: %s", failure));
    }

    /** Rank of the expected draft per judged query and engine (0: not in the first ten). */
    void printRanks() {
        report.line("Rank of the expected draft (0 = not in the first 10): query | %s", String.join(" | ", relevance.keySet()));
        for (int i = 0; i < judged.size(); i++) {
            StringBuilder line = new StringBuilder("  ").append(judged.get(i).text());
            for (Relevance.Scores s : relevance.values()) {
                line.append(" | ").append(s.firstRanks().get(i));
            }
            report.line(line.toString());
        }
    }

    void printSummary() {
        report.line("");
        report.line("| engine | p50 ms | p95 ms | p99 ms | %d clients: q/s | %d clients: p95 ms | MRR | nDCG@10 |",
                clients(), clients());
        report.line("| --- | --- | --- | --- | --- | --- | --- | --- |");
        latency.forEach((name, f) -> {
            Relevance.Scores r = relevance.get(name);
            report.line("| %s | %.1f | %.1f | %.1f | %.0f | %.1f | %.3f | %.3f |", name, f.p50(), f.p95(), f.p99(),
                    f.queriesPerSecond(), f.concurrentP95(), r.mrr(), r.ndcg10());
        });
        LatencyRun.Figures lucene = latency.get("Lucene (SearchService)");
        LatencyRun.Figures pg = latency.get("PostgreSQL FTS");
        if (lucene != null && pg != null) {
            report.line("Targets: Lucene p95 %.1f ms <= 30 ms: %s; PostgreSQL p95 / Lucene p95 = %.1f >= 3: %s",
                    lucene.p95(), lucene.p95() <= 30 ? "met" : "missed", pg.p95() / lucene.p95(),
                    pg.p95() / lucene.p95() >= 3 ? "met" : "missed");
        }
    }

    private static int clients() {
        return BenchSettings.fromSystemProperties().clients();
    }
}
