package vn.gopy.feedback.internal.export;

import java.time.format.DateTimeFormatter;

/** How an export writes dates, whatever the format (text goes through {@link vn.gopy.common.SpreadsheetText}). */
final class CellText {

    /** Dates as people in Vietnam write them, to the minute, in Vietnam's time. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private CellText() {
    }
}
