package vn.gopy.common;

/** Text that goes into a cell of an exported CSV or XLSX file. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * The text, made inert for spreadsheets: anyone can write a comment or name a channel, and a cell starting
     * with = + - @ (or a tab or carriage return before one) is run as a formula by Excel and LibreOffice when the
     * file is opened ("CSV injection"). A leading apostrophe makes it plain text and shows what was written.
     */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
