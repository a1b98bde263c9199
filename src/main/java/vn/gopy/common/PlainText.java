package vn.gopy.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Rules for text that people type or paste. Pasted Word text brings invisible characters and decomposed
 * Vietnamese diacritics (e + combining marks) that would break search and comparison, so every stored
 * text goes through {@link #normalise}. Characters that can only do harm are refused, not silently dropped.
 */
public final class PlainText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+(?=\\n|$)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]");

    private PlainText() {
    }

    /** NFC, one kind of line break, plain spaces, no invisible characters, no trailing spaces; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        s = s.replace('\u000B', '\n').replace('\f', '\n');
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = TRAILING_SPACES.matcher(s).replaceAll("");
        return s;
    }

    /** Normalised, trimmed, and on one line: for titles, names and other single-line fields. */
    public static String singleLine(String text) {
        if (text == null) {
            return null;
        }
        return normalise(text).replace('\n', ' ').replace('\t', ' ').replaceAll(" {2,}", " ").strip();
    }

    /**
     * Lower case without Vietnamese diacritics ("Đất đai" → "dat dai"): how people type on a keyboard
     * without a Vietnamese input method, and how search and list filters compare text. Null becomes empty.
     */
    public static String folded(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The code point of the first character that may never be stored: NUL and other control characters
     * (tab and line feed are fine) and the bidirectional overrides that can disguise what a text says.
     */
    public static OptionalInt firstForbiddenCharacter(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        return text.codePoints().filter(PlainText::isForbidden).findFirst();
    }

    private static boolean isForbidden(int c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFFFE || c == 0xFFFF || Character.getType(c) == Character.SURROGATE;
    }
}
