package vn.gopy.agencies.ui;

import java.util.Arrays;
import java.util.Objects;

import vn.gopy.common.PlainText;

/**
 * Matching for the list filters: without regard to case or Vietnamese diacritics, so that "bo tu phap"
 * finds "Bộ Tư pháp" when typed on a keyboard without a Vietnamese input method.
 */
final class SearchText {

    private SearchText() {
    }

    static String fold(String text) {
        return PlainText.folded(text).strip();
    }

    /** Whether any of the texts contains the (already folded) query; an empty query matches everything. */
    static boolean matches(String foldedQuery, String... texts) {
        return foldedQuery.isEmpty() || Arrays.stream(texts).filter(Objects::nonNull)
                .anyMatch(t -> fold(t).contains(foldedQuery));
    }
}
