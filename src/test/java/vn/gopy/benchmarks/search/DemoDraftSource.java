package vn.gopy.benchmarks.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.drafts.TextRecognition;

/**
 * The 31 demo drafts (with the four complete real laws) read from the application's own demo files, so that
 * the judged queries have real answers with known reference numbers. Same file format as the demo loader
 * ({@code key: value} header, {@code ---}, summary, {@code ---}, text); structure by the real recogniser.
 */
final class DemoDraftSource {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private DemoDraftSource() {
    }

    static List<BenchDraft> read(TextRecognition recognition, Map<String, Long> agencyIds, LocalDate today)
            throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/drafts/*.txt");
        List<Resource> firsts = Arrays.stream(files).filter(f -> !f.getFilename().endsWith(".v2.txt"))
                .sorted(Comparator.comparing(Resource::getFilename)).toList();
        List<BenchDraft> drafts = new ArrayList<>();
        long id = 1;
        for (Resource file : firsts) {
            drafts.add(draft(id++, file, recognition, agencyIds, today));
        }
        return drafts;
    }

    private static BenchDraft draft(long id, Resource file, TextRecognition recognition, Map<String, Long> agencyIds,
            LocalDate today) throws IOException {
        String[] parts = read(file).replace("\r\n", "\n").split("\n---\n", 3);
        Map<String, List<String>> header = header(parts[0]);
        String summary = parts[1].strip();
        String included = value(header, "text");
        String text = included.isEmpty() ? parts[2].strip() : read(new ClassPathResource("demo/" + included));
        List<List<TextBlockData>> versions = new ArrayList<>();
        versions.add(recognition.fromPastedText(text).blocks());
        ClassPathResource v2 = new ClassPathResource("demo/drafts/" + file.getFilename().replace(".txt", ".v2.txt"));
        if (v2.exists()) {
            String[] revision = read(v2).replace("\r\n", "\n").split("\n---\n", 2);
            versions.add(recognition.fromPastedText(revision[1].strip()).blocks());
        }
        Instant opens = day(today, value(header, "opens"), LocalTime.of(8, 0));
        Instant closes = day(today, value(header, "closes"), LocalTime.of(23, 59));
        String status = value(header, "status").toUpperCase();
        Instant published = "DRAFT".equals(status) ? null
                : opens == null ? today.minusDays(3).atStartOfDay(VIETNAM).toInstant()
                : opens.minusSeconds(5 * 86_400L).isAfter(today.atStartOfDay(VIETNAM).toInstant())
                        ? today.minusDays(1).atStartOfDay(VIETNAM).toInstant() : opens.minusSeconds(5 * 86_400L);
        return new BenchDraft(id, value(header, "reference"), value(header, "title"), value(header, "type"),
                agencyIds.get(value(header, "agency")), value(header, "language"), summary, status, opens, closes,
                published, list(header, "topics"), Set.copyOf(list(header, "sectors")),
                Set.copyOf(list(header, "sizes")), Set.copyOf(list(header, "provinces")),
                Set.copyOf(list(header, "groups")), rows(header, "cost", "COST", "benefit", "BENEFIT"),
                rows(header, "procedure", null, null, null), versions);
    }

    private static Map<String, List<String>> header(String text) {
        Map<String, List<String>> header = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        return header;
    }

    private static String value(Map<String, List<String>> header, String key) {
        List<String> values = header.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    private static List<String> list(Map<String, List<String>> header, String key) {
        Set<String> values = new LinkedHashSet<>();
        for (String v : value(header, key).split(";")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return List.copyOf(values);
    }

    /** Cost and benefit lines get their kind in front; procedure lines already start with theirs. */
    private static List<String[]> rows(Map<String, List<String>> header, String key, String kind, String key2,
            String kind2) {
        List<String[]> rows = new ArrayList<>();
        header.getOrDefault(key, List.of()).forEach(line -> rows.add(split(kind, line)));
        if (key2 != null) {
            header.getOrDefault(key2, List.of()).forEach(line -> rows.add(split(kind2, line)));
        }
        return rows;
    }

    private static String[] split(String kind, String line) {
        String[] cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        if (kind == null) {
            return cells;
        }
        String[] withKind = new String[cells.length + 1];
        withKind[0] = kind;
        System.arraycopy(cells, 0, withKind, 1, cells.length);
        return withKind;
    }

    private static Instant day(LocalDate today, String offset, LocalTime time) {
        return offset.isEmpty() ? null
                : today.plusDays(Long.parseLong(offset.replace("+", ""))).atTime(time).atZone(VIETNAM).toInstant();
    }

    private static String read(Resource resource) throws IOException {
        return new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
