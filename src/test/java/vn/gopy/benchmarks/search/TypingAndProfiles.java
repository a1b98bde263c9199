package vn.gopy.benchmarks.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import vn.gopy.drafts.BusinessSize;
import vn.gopy.search.ImpactProfile;
import vn.gopy.search.SearchService;

/**
 * The two other reads of the search service: completions as a person types (every prefix of a few
 * queries, as the search box asks after each pause) and "what affects me" for a few profiles.
 */
final class TypingAndProfiles {

    private static final List<String> TYPED = List.of("nha o xa hoi", "luat dat dai", "thue thu nhap", "du lieu ca nhan",
            "giay phep lai xe", "regulatory sandbox", "hoá đơn điện tử", "kinh doanh vang");

    private static final List<ImpactProfile> PROFILES = List.of(
            new ImpactProfile(Set.of("F"), BusinessSize.SMALL, "ha-noi", Set.of()),
            new ImpactProfile(Set.of("K", "J"), BusinessSize.MEDIUM, null, Set.of()),
            new ImpactProfile(Set.of("A"), BusinessSize.MICRO, "an-giang", Set.of("FARMERS")),
            new ImpactProfile(Set.of(), null, "ho-chi-minh", Set.of("WORKERS", "TAXPAYERS")),
            new ImpactProfile(Set.of("G", "C", "H"), BusinessSize.LARGE, "hai-phong", Set.of()));

    private TypingAndProfiles() {
    }

    static void measure(SearchService search, Report report) {
        List<Runnable> typing = new ArrayList<>();
        for (String text : TYPED) {
            for (int end = 2; end <= text.length(); end++) {
                String prefix = text.substring(0, end);
                typing.add(() -> search.suggest(prefix, 8));
            }
        }
        List<Runnable> profiles = PROFILES.stream().<Runnable>map(p -> () -> search.affecting(p, 50, Locale.of("vi")))
                .toList();
        report.line("Lucene completions while typing (%d prefixes, 8 suggestions each): %s", typing.size(),
                figures(typing));
        report.line("Lucene \"what affects me\" (%d profiles, up to 50 drafts each): %s", profiles.size(),
                figures(profiles));
    }

    private static String figures(List<Runnable> calls) {
        for (int round = 0; round < 3; round++) {
            calls.forEach(Runnable::run);
        }
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (Runnable call : calls) {
                times.add(timed(() -> {
                    call.run();
                    return null;
                }));
            }
        }
        times.sort(null);
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms", times.get(times.size() / 2),
                times.get((int) (times.size() * 0.95)), times.getLast());
    }

    private static double timed(Supplier<?> call) {
        long started = System.nanoTime();
        call.get();
        return (System.nanoTime() - started) / 1e6;
    }
}
