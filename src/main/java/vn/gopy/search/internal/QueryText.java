package vn.gopy.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, as words and "quoted phrases". Nothing typed is syntax: brackets, operators and
 * stray quotes are just characters, and pieces without a letter or a digit (punctuation, emoji) are dropped,
 * so no input can fail or turn into an expensive query. At most {@link #MAX_WORDS} words count.
 */
record QueryText(List<String> words, List<String> phrases) {

    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

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

    /**
     * The runs of letters and digits: the analyzers split "e-commerce" and "12/2026/NĐ-CP" there too, and a
     * word must be one token for its typo tolerance to be judged by its own length.
     */
    private static List<String> pieces(String part) {
        List<String> pieces = new ArrayList<>();
        Matcher run = RUN.matcher(part);
        while (run.find()) {
            pieces.add(run.group());
        }
        return pieces;
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

    /**
     * Typos allowed in a word when the words as typed find nothing: none in short words (a Vietnamese
     * syllable one letter off is another word), one from six letters. Never two: with hundreds of thousands
     * of words in the index, two edits cost half a second and mostly find other words.
     */
    static int allowedEdits(String word) {
        int letters = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").length();
        return letters >= 6 ? 1 : 0;
    }

    boolean allowsTypos() {
        return words.stream().anyMatch(w -> allowedEdits(w) > 0);
    }
}
