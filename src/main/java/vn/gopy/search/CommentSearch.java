package vn.gopy.search;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gopy.comments.CommenterKind;

/**
 * A search of the comments: words, an optional draft, commenter kinds and a page. Like {@link SearchQuery}
 * it has the form of an address ({@code search?in=comments&q=phi&kind=BUSINESS&draft=42}), so that it can be
 * shared; what an address gets wrong (an unknown kind, a draft that is not a number) is simply left out.
 */
public record CommentSearch(String text, Long draftId, Set<CommenterKind> kinds, int page, int pageSize) {

    /** The parameter that switches the search page between drafts and comments, and its value for comments. */
    public static final String SCOPE = "in";
    public static final String COMMENTS = "comments";
    static final String DRAFT = "draft";
    static final String KIND = "kind";

    public CommentSearch {
        // The same cleaning and the same limit as a search of drafts: one search box serves both.
        text = SearchQuery.of(text).text();
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        page = Math.clamp(page, 1, SearchQuery.MAX_PAGE);
        pageSize = pageSize <= 0 ? SearchQuery.DEFAULT_PAGE_SIZE : Math.min(pageSize, SearchQuery.MAX_PAGE_SIZE);
    }

    public static CommentSearch of(String text) {
        return new CommentSearch(text, null, Set.of(), 1, SearchQuery.DEFAULT_PAGE_SIZE);
    }

    /** True when the address asks for comments rather than drafts. */
    public static boolean isAskedFor(Map<String, List<String>> parameters) {
        return parameters.getOrDefault(SCOPE, List.of()).contains(COMMENTS);
    }

    public static CommentSearch fromParameters(Map<String, List<String>> parameters) {
        Set<CommenterKind> kinds = EnumSet.noneOf(CommenterKind.class);
        for (String value : parameters.getOrDefault(KIND, List.of())) {
            for (CommenterKind kind : CommenterKind.values()) {
                if (kind.name().equals(value)) {
                    kinds.add(kind);
                }
            }
        }
        return new CommentSearch(first(parameters, "q"), number(first(parameters, DRAFT), null), kinds,
                number(first(parameters, "page"), 1L).intValue(), SearchQuery.DEFAULT_PAGE_SIZE);
    }

    /** The address parameters of this search, {@code in=comments} first; defaults are left out. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(SCOPE, List.of(COMMENTS));
        if (!text.isEmpty()) {
            parameters.put("q", List.of(text));
        }
        if (draftId != null) {
            parameters.put(DRAFT, List.of(String.valueOf(draftId)));
        }
        if (!kinds.isEmpty()) {
            parameters.put(KIND, kinds.stream().map(Enum::name).sorted().toList());
        }
        if (page > 1) {
            parameters.put("page", List.of(String.valueOf(page)));
        }
        return parameters;
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public CommentSearch withText(String newText) {
        return new CommentSearch(newText, draftId, kinds, 1, pageSize);
    }

    public CommentSearch withPage(int newPage) {
        return new CommentSearch(text, draftId, kinds, newPage, pageSize);
    }

    /** The same search with a commenter kind added or removed; back to the first page. */
    public CommentSearch toggle(CommenterKind kind) {
        Set<CommenterKind> changed = kinds.isEmpty() ? EnumSet.noneOf(CommenterKind.class) : EnumSet.copyOf(kinds);
        if (!changed.remove(kind)) {
            changed.add(kind);
        }
        return new CommentSearch(text, draftId, changed, 1, pageSize);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    private static Long number(String value, Long otherwise) {
        try {
            long parsed = Long.parseLong(value.strip());
            return parsed > 0 ? Long.valueOf(parsed) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
