package vn.gopy.feedback.internal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.gopy.common.SpreadsheetText;

/**
 * RFC 4180 CSV (commas, CRLF, quotes only where needed) in UTF-8 with a byte-order mark: without the mark, Excel
 * reads the file in the computer's legacy code page and Vietnamese comes out garbled.
 */
final class CsvSheetWriter implements SheetWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer writer;
    private final CSVPrinter printer;
    private final String[] texts = new String[ExportColumn.values().length];

    CsvSheetWriter(OutputStream out) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BYTE_ORDER_MARK);
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(String[] names) throws IOException {
        printer.printRecord((Object[]) names);
    }

    @Override
    public void row(Object[] cells) throws IOException {
        String[] row = cells.length == texts.length ? texts : new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = text(cells[i]);
        }
        printer.printRecord((Object[]) row);
    }

    private static String text(Object cell) {
        return switch (cell) {
            case null -> null;
            case String s -> SpreadsheetText.safe(s);
            case LocalDateTime time -> CellText.DATE_TIME.format(time);
            default -> cell.toString();
        };
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
        writer.flush();
    }
}
