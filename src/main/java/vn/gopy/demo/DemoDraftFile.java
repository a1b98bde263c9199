package vn.gopy.demo;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.ImpactItem;
import vn.gopy.drafts.ImpactSummary;
import vn.gopy.drafts.ProcedureChange;

/**
 * One demo draft as written in {@code demo/drafts/NN-name.txt}: a header of {@code key: value} lines,
 * then {@code ---}, the plain-language summary, {@code ---}, and the full text (or a {@code text:} header
 * naming a file under {@code demo/}). A revision ({@code NN-name.v2.txt}) has a {@code note:} header and the text. Dates are day offsets from today, so the demo never goes stale.
 */
record DemoDraftFile(String name, Map<String, List<String>> header, String summary, String text) {

    /** Opening at 08:00 and closing at 23:59, Vietnam time, on the days the offsets name. */
    private static final LocalTime OPENING = LocalTime.of(8, 0);
    private static final LocalTime CLOSING = LocalTime.of(23, 59);

    static DemoDraftFile parse(String name, String content) {
        String[] parts = content.replace("\r\n", "\n").split("\n---\n", 3);
        Map<String, List<String>> header = new LinkedHashMap<>();
        for (String line : parts[0].split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        String rest = parts.length > 1 ? parts[1].strip() : "";
        // Three parts: summary and text. Two: a summary whose text the header names, or a revision's text.
        boolean textElsewhere = header.containsKey("text");
        String summary = parts.length > 2 || textElsewhere ? rest : "";
        String text = parts.length > 2 ? parts[2].strip() : textElsewhere ? "" : rest;
        return new DemoDraftFile(name, header, summary, text);
    }

    String value(String key) {
        List<String> values = header.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    private List<String> list(String key) {
        return Arrays.stream(value(key).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<String[]> rows(String key) {
        return header.getOrDefault(key, List.of()).stream()
                .map(line -> Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new)).toList();
    }

    String status() {
        return value("status");
    }

    DraftDetails details(long agencyId, LocalDate today) {
        return new DraftDetails(value("reference"), value("title"), value("type"), agencyId, value("language"),
                summary, list("topics"), day(today, "opens", OPENING), day(today, "closes", CLOSING), impact());
    }

    private LocalDateTime day(LocalDate today, String key, LocalTime time) {
        String offset = value(key);
        return offset.isEmpty() ? null : today.plusDays(Long.parseLong(offset.replace("+", ""))).atTime(time);
    }

    private ImpactSummary impact() {
        List<ImpactItem> items = new ArrayList<>();
        rows("cost").forEach(r -> items.add(item(ImpactItem.Kind.COST, r)));
        rows("benefit").forEach(r -> items.add(item(ImpactItem.Kind.BENEFIT, r)));
        List<ProcedureChange> procedures = rows("procedure").stream()
                .map(r -> new ProcedureChange(ProcedureChange.Change.valueOf(r[0]), r[1], r.length > 2 ? r[2] : ""))
                .toList();
        Set<BusinessSize> sizes = list("sizes").stream().map(BusinessSize::valueOf).collect(Collectors.toSet());
        return new ImpactSummary(Set.copyOf(list("groups")), Set.copyOf(list("sectors")), sizes,
                Set.copyOf(list("provinces")), items, procedures);
    }

    private static ImpactItem item(ImpactItem.Kind kind, String[] r) {
        String amount = r.length > 2 ? r[2].replaceAll("[^0-9]", "") : "";
        return new ImpactItem(kind, r[0], r.length > 1 ? r[1] : "",
                amount.isEmpty() ? null : new BigInteger(amount), r.length > 3 ? r[3] : "");
    }
}
