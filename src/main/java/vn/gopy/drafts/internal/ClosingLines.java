package vn.gopy.drafts.internal;

import java.util.regex.Pattern;

import vn.gopy.drafts.BlockKind;

/**
 * Where the closing of a legal text begins: the adoption sentence and the signature block that follow
 * the last article and belong to no article.
 *
 * <p>The rule, applied to the lines after the last article heading only:
 * <ol>
 * <li>An adoption sentence ("Luật này (đã) được Quốc hội ... thông qua ...", "This Law was passed by ...")
 *     starts the closing, if at most {@value #MAX_SIGNATURE_LINES} short lines follow it.</li>
 * <li>Otherwise a signature block at the very end starts it: a run of at most {@value #MAX_SIGNATURE_LINES}
 *     short lines that are no clause or point, beginning with a line in capitals ("CHỦ TỊCH QUỐC HỘI",
 *     "TM. CHÍNH PHỦ") or with "Nơi nhận" / "Recipients".</li>
 * </ol>
 * The closing never takes the first line after the heading: an article keeps at least one line. Anything
 * else stays in the last article too: when unsure, text kept in an article is easy for the drafter to move,
 * while text cut from it would be silently wrong.
 */
final class ClosingLines {

    static final int MAX_SIGNATURE_LINES = 40;
    private static final int MAX_SIGNATURE_LINE_LENGTH = 120;
    private static final Pattern ADOPTION = Pattern.compile(
            "(?iu)(?:(?:bộ )?luật|nghị quyết|pháp lệnh) này (?:đã )?được .{0,300}thông qua.*"
                    + "|this (?:law|code|resolution|ordinance) (?:was|has been|is hereby) (?:passed|adopted).*");
    private static final Pattern SIGNATURE_START = Pattern.compile("(?iu)(?:nơi nhận|recipients?)\\b.*");
    private static final Pattern CLAUSE_OR_POINT = Pattern.compile("(?:\\d{1,3}[a-zđ]?\\.|[a-zđ]\\))\\s");

    private ClosingLines() {
    }

    /** The index of the first closing line, or {@code lines.length} when there is no closing. */
    static int start(String[] lines, HeadingLine[] headings) {
        int lastHeading = lines.length - 1;
        while (lastHeading >= 0 && headings[lastHeading] == null) {
            lastHeading--;
        }
        if (lastHeading < 0 || headings[lastHeading].kind() != BlockKind.ARTICLE) {
            return lines.length; // no article, or trailing lines already outside every article
        }
        int firstBodyLine = lastHeading + 1;
        while (firstBodyLine < lines.length && lines[firstBodyLine].isEmpty()) {
            firstBodyLine++;
        }
        for (int i = firstBodyLine + 1; i < lines.length; i++) {
            if (ADOPTION.matcher(lines[i]).matches() && signatureFollows(lines, i + 1)) {
                return i;
            }
        }
        return signatureBlock(lines, firstBodyLine + 1);
    }

    private static boolean signatureFollows(String[] lines, int from) {
        int count = 0;
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty() && (!isSignatureLine(lines[i]) || ++count > MAX_SIGNATURE_LINES)) {
                return false;
            }
        }
        return true;
    }

    private static int signatureBlock(String[] lines, int bodyStart) {
        int runStart = lines.length;
        int count = 0;
        for (int i = lines.length - 1; i >= bodyStart && count < MAX_SIGNATURE_LINES; i--) {
            if (lines[i].isEmpty()) {
                continue;
            }
            if (!isSignatureLine(lines[i])) {
                break;
            }
            runStart = i;
            count++;
        }
        for (int i = runStart; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && (HeadingLine.isCapitals(line) || SIGNATURE_START.matcher(line).matches())) {
                return i;
            }
        }
        return lines.length;
    }

    private static boolean isSignatureLine(String line) {
        return line.length() <= MAX_SIGNATURE_LINE_LENGTH && !CLAUSE_OR_POINT.matcher(line).lookingAt();
    }
}
