package vn.gopy.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gopy.drafts.BusinessSize;

/**
 * Who is asking "what affects me": a business's sectors (VSIC sections), size and province, or a citizen's
 * groups, or both. It has the form of an address ({@code /affects-me?sector=F&size=SMALL&province=01}) so
 * that it can be bookmarked now and saved as a subscription later; unknown values match nothing.
 */
public record ImpactProfile(Set<String> sectors, BusinessSize size, String province, Set<String> citizenGroups) {

    public ImpactProfile {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        citizenGroups = citizenGroups == null ? Set.of() : Set.copyOf(citizenGroups);
        province = province == null || province.isBlank() ? null : province.strip();
    }

    public boolean isEmpty() {
        return sectors.isEmpty() && size == null && province == null && citizenGroups.isEmpty();
    }

    public static ImpactProfile fromParameters(Map<String, List<String>> parameters) {
        return new ImpactProfile(values(parameters, "sector"), size(first(parameters, "size")),
                first(parameters, "province"), values(parameters, "group"));
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!sectors.isEmpty()) {
            parameters.put("sector", sectors.stream().sorted().toList());
        }
        if (size != null) {
            parameters.put("size", List.of(size.name()));
        }
        if (province != null) {
            parameters.put("province", List.of(province));
        }
        if (!citizenGroups.isEmpty()) {
            parameters.put("group", citizenGroups.stream().sorted().toList());
        }
        return parameters;
    }

    private static Set<String> values(Map<String, List<String>> parameters, String name) {
        Set<String> values = new LinkedHashSet<>();
        parameters.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).limit(30)
                .map(String::strip).forEach(values::add);
        return values;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static BusinessSize size(String value) {
        if (value == null) {
            return null;
        }
        try {
            return BusinessSize.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
