package vn.gopy.search;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader asked for: words, filters, order and page. It has the same form as a search address
 * ({@link #fromParameters}, {@link #toParameters}), so a search can be shared, bookmarked and, later,
 * subscribed to. Anything can come in through an address: unknown values simply match nothing, and the
 * words are cut to {@link #MAX_TEXT_LENGTH} characters (see {@link #textWasCut()}).
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, SearchSort sort, int page, int pageSize,
        boolean textWasCut) {

    public static final int MAX_TEXT_LENGTH = 200;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    /** Deep pages cost the index more and help nobody: refine the search instead. */
    public static final int MAX_PAGE = 100;
    private static final int MAX_VALUES_PER_FACET = 20;

    public SearchQuery {
        String cleaned = clean(text);
        textWasCut = textWasCut || cleaned.codePointCount(0, cleaned.length()) > MAX_TEXT_LENGTH;
        text = cut(cleaned);
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                Set<String> kept = new LinkedHashSet<>();
                if (values != null) {
                    values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                            .limit(MAX_VALUES_PER_FACET).forEach(kept::add);
                }
                if (!kept.isEmpty()) {
                    copy.put(facet, Set.copyOf(kept));
                }
            });
        }
        filters = Map.copyOf(copy);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.clamp(page, 1, MAX_PAGE);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 1, DEFAULT_PAGE_SIZE, false);
    }

    /** Reads {@code q}, {@code sort}, {@code page} and one parameter per facet (repeated for several values). */
    public static SearchQuery fromParameters(Map<String, List<String>> parameters) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
            if (!values.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        return new SearchQuery(first(parameters, "q"), filters,
                SearchSort.fromParameter(first(parameters, "sort")), number(first(parameters, "page")),
                DEFAULT_PAGE_SIZE, false);
    }

    /** The address parameters of this search, in a stable order; defaults are left out. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            parameters.put("q", List.of(text));
        }
        for (Facet facet : Facet.values()) {
            Set<String> values = filters.get(facet);
            if (values != null) {
                parameters.put(facet.parameter(), values.stream().sorted().toList());
            }
        }
        if (sort != SearchSort.RELEVANCE) {
            parameters.put("sort", List.of(sort.parameter()));
        }
        if (page > 1) {
            parameters.put("page", List.of(String.valueOf(page)));
        }
        return parameters;
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, filters, sort, 1, pageSize, false);
    }

    /** The same search with a filter value added or removed; back to the first page. */
    public SearchQuery toggle(Facet facet, String value) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        Set<String> values = new LinkedHashSet<>(selected(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        changed.put(facet, values);
        return new SearchQuery(text, changed, sort, 1, pageSize, textWasCut);
    }

    public SearchQuery withoutFilters() {
        return new SearchQuery(text, Map.of(), sort, 1, pageSize, textWasCut);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, filters, newSort, 1, pageSize, textWasCut);
    }

    public SearchQuery withPage(int newPage) {
        return new SearchQuery(text, filters, sort, newPage, pageSize, textWasCut);
    }

    public SearchQuery withPageSize(int newPageSize) {
        return new SearchQuery(text, filters, sort, page, newPageSize, textWasCut);
    }

    /** Control characters and direction overrides only confuse matching; whitespace runs become one space. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4 * MAX_TEXT_LENGTH));
        text.codePoints().limit(4L * MAX_TEXT_LENGTH).forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            out.appendCodePoint(invisible || Character.isWhitespace(cp) ? ' ' : cp);
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_TEXT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT_LENGTH)).strip();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
