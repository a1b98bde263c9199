package vn.gopy.drafts.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gopy.drafts.BlockKind;

/**
 * One heading line: "Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG", "Mục 2. GIÁ ĐẤT", "Điều 12a. Title", "Article 3: Scope".
 *
 * <p>A heading is a keyword, a number, then "." or ":" and the title, or nothing. A reference inside a
 * sentence ("Điều 5 của Luật này được sửa đổi như sau:", "Điều 12 Luật Đất đai quy định...") goes on with
 * words right after the number, so it is not a heading. Chapters and sections may also put their title
 * after a dash or a space when it is in capitals ("Chương I QUY ĐỊNH CHUNG"): a reference never continues
 * in capitals. A line that starts with a quotation mark is quoted text of an amending law, never a heading.
 */
record HeadingLine(BlockKind kind, String label, String title) {

    private static final Pattern ARTICLE =
            Pattern.compile("(?iu:điều|article)\\s*(\\d{1,4}[a-zA-Zđ]?)(?![\\p{L}\\d])(.*)");
    private static final Pattern CHAPTER =
            Pattern.compile("(?iu:chương|chapter)\\s*([IVXLC]{1,8}|\\d{1,3})(?![\\p{L}\\d])(.*)");
    private static final Pattern SECTION =
            Pattern.compile("(?iu:mục|section)\\s*(\\d{1,3}[a-zA-Z]?|[IVXLC]{1,8})(?![\\p{L}\\d])(.*)");
    /** "Điều 7 Quyền của ...": a heading that lost its dot, kept as body text but worth a warning. */
    private static final Pattern UNPUNCTUATED =
            Pattern.compile("(?iu:điều|article|chương|chapter|mục|section)\\s*(?:\\d{1,4}[a-zA-Zđ]?|[IVXLC]{1,8})\\s+\\p{Lu}.*");
    /** The start of a clause ("1."), a point ("a)") or a list item ("- "): body text, never a title. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:\\d{1,3}[a-zđ]?[.)]|[a-zđ]\\)|[-–+•*])\\s");
    private static final String QUOTES = "“\"„«‘'";
    private static final int MAX_TITLE_LINE = 300;

    /** The heading on this (stripped) line, or null when it is not one. */
    static HeadingLine parse(String line) {
        if (line.isEmpty() || QUOTES.indexOf(line.charAt(0)) >= 0) {
            return null;
        }
        return switch (Character.toLowerCase(line.charAt(0))) {
            case 'đ', 'a' -> parse(line, ARTICLE, BlockKind.ARTICLE);
            case 'c' -> parse(line, CHAPTER, BlockKind.CHAPTER);
            case 'm', 's' -> parse(line, SECTION, BlockKind.SECTION);
            default -> null;
        };
    }

    private static HeadingLine parse(String line, Pattern pattern, BlockKind kind) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String title = titleAfterNumber(m.group(2), kind != BlockKind.ARTICLE);
        return title == null ? null : new HeadingLine(kind, m.group(1), title);
    }

    /** The title after the number, "" when there is none, or null when the line goes on like a sentence. */
    private static String titleAfterNumber(String rest, boolean capitalsWithoutSeparator) {
        String r = rest.strip();
        if (r.isEmpty()) {
            return "";
        }
        if (r.charAt(0) == '.' || r.charAt(0) == ':') {
            String title = r.substring(1).strip();
            boolean numberGoesOn = !r.substring(1).isEmpty() && Character.isDigit(r.charAt(1)); // "Điều 5.2", "1:30"
            return numberGoesOn ? null : title;
        }
        if (!capitalsWithoutSeparator || r.length() == rest.length()) {
            return null; // words glued to the number, or an article reference going on
        }
        if ((r.startsWith("-") || r.startsWith("–") || r.startsWith("—")) && r.length() > 1
                && Character.isWhitespace(r.charAt(1))) {
            return r.substring(1).strip();
        }
        return isCapitals(r) ? r : null;
    }

    /** True for a line like "QUY ĐỊNH CHUNG": letters, none of them lower case. */
    static boolean isCapitals(String line) {
        boolean letter = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** True when a line after "Chương I" or "Mục 1" can be its title: short, not a clause, not quoted. */
    static boolean couldBeTitle(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE_LINE || QUOTES.indexOf(line.charAt(0)) >= 0
                || LIST_ITEM.matcher(line).lookingAt()) {
            return false;
        }
        if (isCapitals(line)) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return Character.isUpperCase(line.codePointAt(0)) && ".;:,".indexOf(last) < 0;
    }

    /** True for a body line that reads like a heading without its dot ("Điều 7 Quyền của người sử dụng đất"). */
    static boolean looksLikeUnpunctuatedHeading(String line) {
        if (line.length() > 200 || ".;:,…".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        return UNPUNCTUATED.matcher(line).matches();
    }
}
