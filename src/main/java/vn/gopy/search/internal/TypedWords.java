package vn.gopy.search.internal;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;
import vn.gopy.common.PlainText;

/** Marks, in a title, the words that start with what was typed, comparing without diacritics. */
final class TypedWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private TypedWords() {
    }

    static String mark(String title, List<String> typed) {
        if (title == null) {
            return "";
        }
        List<String> prefixes = typed.stream().map(PlainText::folded).toList();
        StringBuilder html = new StringBuilder();
        Matcher words = WORD.matcher(title);
        int last = 0;
        while (words.find()) {
            html.append(Entities.escape(title.substring(last, words.start())));
            String word = words.group();
            String folded = PlainText.folded(word);
            String prefix = prefixes.stream().filter(folded::startsWith).max(Comparator.comparingInt(String::length))
                    .orElse(null);
            if (prefix == null) {
                html.append(Entities.escape(word));
            } else {
                int cut = Math.min(word.length(), prefixLength(word, prefix.length()));
                html.append("<mark>").append(Entities.escape(word.substring(0, cut))).append("</mark>")
                        .append(Entities.escape(word.substring(cut)));
            }
            last = words.end();
        }
        html.append(Entities.escape(title.substring(last)));
        return html.toString();
    }

    /** How many characters of {@code word} cover {@code letters} folded letters (marks do not count). */
    private static int prefixLength(String word, int letters) {
        int i = 0;
        int counted = 0;
        while (i < word.length() && counted < letters) {
            i += Character.charCount(word.codePointAt(i));
            counted = PlainText.folded(word.substring(0, i)).length();
        }
        return i;
    }
}
