package vn.gopy.benchmarks.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.gopy.benchmarks.search.BenchQueries.MixQuery;

/**
 * Latency and throughput of one engine on the query mix: warm-up rounds, then one client running the mix
 * several times (percentiles of every call), then several clients at once (queries per second and p95).
 * Times are wall-clock around the engine call, in the JVM that serves the search page.
 */
final class LatencyRun {

    record Figures(double p50, double p95, double p99, double max, double concurrentP95, double queriesPerSecond,
            List<String> slowest, List<String> failed, Map<String, Double> medianByCategory) {
    }

    private final BenchSettings settings;

    LatencyRun(BenchSettings settings) {
        this.settings = settings;
    }

    Figures measure(SearchEngine engine, List<MixQuery> allQueries, Runnable perThreadSetUp) throws Exception {
        perThreadSetUp.run();
        // A query that fails is reported and left out of the timings, so that one bug does not hide the rest.
        List<String> failed = new ArrayList<>();
        List<MixQuery> mix = new ArrayList<>();
        for (MixQuery q : allQueries) {
            try {
                engine.search(q.query());
                mix.add(q);
            } catch (RuntimeException e) {
                failed.add("%s -> %s: %s".formatted(q.parameters(), e.getClass().getSimpleName(), e.getMessage()));
            }
        }
        for (int i = 1; i < settings.warmupRounds(); i++) {
            for (MixQuery q : mix) {
                engine.search(q.query());
            }
        }
        List<Long> single = new ArrayList<>();
        Map<String, List<Long>> byQuery = new HashMap<>();
        Map<String, List<Long>> byCategory = new java.util.TreeMap<>();
        for (int round = 0; round < settings.rounds(); round++) {
            for (MixQuery q : mix) {
                long started = System.nanoTime();
                engine.search(q.query());
                long took = System.nanoTime() - started;
                single.add(took);
                byQuery.computeIfAbsent(q.parameters(), k -> new ArrayList<>()).add(took);
                byCategory.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(took);
            }
        }
        Collections.sort(single);
        List<String> slowest = byQuery.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Long>> e) -> -median(e.getValue())))
                .limit(5).map(e -> "%s (median %.1f ms)".formatted(e.getKey(), median(e.getValue()) / 1e6)).toList();

        List<Long> concurrent = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < settings.clients(); c++) {
                List<MixQuery> order = new ArrayList<>(mix);
                Collections.shuffle(order, new Random(c));
                done.add(clients.submit(() -> {
                    perThreadSetUp.run();
                    for (int round = 0; round < settings.rounds(); round++) {
                        for (MixQuery q : order) {
                            long t = System.nanoTime();
                            engine.search(q.query());
                            concurrent.add(System.nanoTime() - t);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(concurrent);
        Collections.sort(sorted);
        return new Figures(ms(single, 0.50), ms(single, 0.95), ms(single, 0.99), single.getLast() / 1e6,
                ms(sorted, 0.95), sorted.size() / seconds, slowest, failed, medians(byCategory));
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1)) / 1e6;
    }

    private static Map<String, Double> medians(Map<String, List<Long>> groups) {
        Map<String, Double> medians = new java.util.LinkedHashMap<>();
        groups.forEach((group, values) -> medians.put(group, median(values) / 1e6));
        return medians;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
