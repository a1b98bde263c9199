package vn.gopy.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reader typed, as words and "quoted phrases". Nothing typed is syntax: brackets, operators and
 * stray quotes are just characters, and pieces without a letter or a digit (punctuation, emoji) are dropped,
 * so no input can fail or turn into an expensive query. At most {@link #MAX_WORDS} words count.
 */
record QueryText(List<String> words, List<String> phrases) {

    static final int MAX_WORDS = 12;

    static QueryText parse(String text) {
        String normalised = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        String[] parts = normalised.split("\"", -1);
        boolean closed = parts.length % 2 == 1;
        for (int i = 0; i < parts.length; i++) {
            boolean quoted = i % 2 == 1 && (closed || i < parts.length - 1);
            List<String> pieces = pieces(parts[i]);
            if (quoted && pieces.size() > 1) {
                phrases.add(String.join(" ", pieces));
            } else {
                words.addAll(pieces);
            }
        }
        int room = Math.max(0, MAX_WORDS - phrases.size());
        return new QueryText(List.copyOf(words.subList(0, Math.min(words.size(), room))),
                List.copyOf(phrases.subList(0, Math.min(phrases.size(), MAX_WORDS))));
    }

    private static List<String> pieces(String part) {
        List<String> pieces = new ArrayList<>();
        for (String piece : part.strip().split("\\s+")) {
            String word = trimSymbols(piece);
            if (!word.isEmpty()) {
                pieces.add(word);
            }
        }
        return pieces;
    }

    /** Keeps letters and digits and what joins them ("12/2026/NĐ-CP"), drops symbols around them. */
    private static String trimSymbols(String piece) {
        int start = 0;
        int end = piece.length();
        while (start < end && !Character.isLetterOrDigit(piece.codePointAt(start))) {
            start += Character.charCount(piece.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(piece.codePointBefore(end))) {
            end -= Character.charCount(piece.codePointBefore(end));
        }
        return piece.substring(start, end);
    }

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Every word and phrase, for the should-clauses that reward exact and adjacent matches. */
    String all() {
        List<String> all = new ArrayList<>(phrases);
        all.addAll(words);
        return String.join(" ", all);
    }

    /** Typo tolerance for longer words only: Vietnamese syllables are short, and one letter off is another word. */
    static int allowedEdits(String word) {
        int letters = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").length();
        return letters >= 9 ? 2 : letters >= 6 ? 1 : 0;
    }
}
