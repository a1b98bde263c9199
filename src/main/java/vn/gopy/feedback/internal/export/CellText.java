package vn.gopy.feedback.internal.export;

import java.time.format.DateTimeFormatter;

/** What every text cell of an export goes through, whatever the format. */
final class CellText {

    /** Dates as people in Vietnam write them, to the minute, in Vietnam's time. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private CellText() {
    }

    /**
     * The text, made inert for spreadsheets: anyone can write a comment, and a cell starting with = + - @ (or a
     * tab or carriage return before one) is run as a formula by Excel and LibreOffice when the file is opened
     * ("CSV injection"). A leading apostrophe makes it plain text and shows what was written.
     */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
