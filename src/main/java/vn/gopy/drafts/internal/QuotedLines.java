package vn.gopy.drafts.internal;

/**
 * Which lines lie inside a quotation that began on an earlier line. An amending law quotes whole new
 * articles ("“Điều 5a. ..." ... "Điều 5b. ...”."); the lines inside such a quotation are the amending
 * article's body, even when one of them reads like a heading.
 *
 * <p>Curly quotes (“ ” and « », „ opening) nest; straight double quotes toggle. A quotation still open at
 * the end of the text was a stray mark, not a quotation: it is ignored, so that one typo cannot swallow
 * all the following headings, and {@link #unclosedLine()} reports where it began.
 */
final class QuotedLines {

    private final boolean[] quoted;
    private final int unclosedLine;

    private QuotedLines(boolean[] quoted, int unclosedLine) {
        this.quoted = quoted;
        this.unclosedLine = unclosedLine;
    }

    static QuotedLines of(String[] lines) {
        boolean[] quoted = new boolean[lines.length];
        int depth = 0;
        boolean straight = false;
        int openedAt = -1;
        for (int i = 0; i < lines.length; i++) {
            boolean wasOpen = depth > 0 || straight;
            quoted[i] = wasOpen;
            String line = lines[i];
            for (int k = 0; k < line.length(); k++) {
                switch (line.charAt(k)) {
                    case '“', '„', '«' -> depth++;
                    case '”', '»' -> depth = Math.max(0, depth - 1);
                    case '"' -> straight = !straight;
                    default -> { }
                }
            }
            if (!wasOpen && (depth > 0 || straight)) {
                openedAt = i;
            }
        }
        if (depth == 0 && !straight) {
            return new QuotedLines(quoted, -1);
        }
        for (int i = openedAt + 1; i < lines.length; i++) {
            quoted[i] = false;
        }
        return new QuotedLines(quoted, openedAt);
    }

    boolean isQuoted(int line) {
        return quoted[line];
    }

    /** The line where a quotation opened and never closed, or -1. */
    int unclosedLine() {
        return unclosedLine;
    }
}
