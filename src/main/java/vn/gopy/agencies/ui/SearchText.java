package vn.gopy.agencies.ui;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Matching for the list filters: without regard to case or Vietnamese diacritics, so that "bo tu phap"
 * finds "Bộ Tư pháp" when typed on a keyboard without a Vietnamese input method.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    /** Whether any of the texts contains the (already folded) query; an empty query matches everything. */
    static boolean matches(String foldedQuery, String... texts) {
        return foldedQuery.isEmpty() || Arrays.stream(texts).filter(Objects::nonNull)
                .anyMatch(t -> fold(t).contains(foldedQuery));
    }
}
