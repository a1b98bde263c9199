package vn.gopy.feedback.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.gopy.common.SpreadsheetText;

/**
 * An Excel workbook written as a stream: POI keeps the last {@value #WINDOW} rows in memory and flushes older
 * ones to a compressed temporary file (a million rows of comments are more than a gigabyte of XML), which is zipped
 * into the output at the end and then deleted. Header bold and frozen; times are real date cells. A sheet holds
 * at most 1,048,576 rows; beyond that the rows go on in a second sheet, with its own header.
 */
final class XlsxSheetWriter implements SheetWriter {

    static final int WINDOW = 100;
    /** Excel refuses longer cells; comments are far shorter (5,000 characters), but a limit is a limit. */
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream out;
    private final String sheetName;
    private final SXSSFWorkbook workbook = new FastDeflateWorkbook(WINDOW);
    private final CellStyle plain;
    private final CellStyle bold;
    private final CellStyle date;
    private String[] headers;
    private SXSSFSheet sheet;
    private int nextRow;

    XlsxSheetWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheetName = sheetName;
        plain = workbook.getCellStyleAt(0);
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }

    @Override
    public void header(String[] names) {
        headers = names.clone();
        newSheet();
    }

    private void newSheet() {
        int number = workbook.getNumberOfSheets() + 1;
        sheet = workbook.createSheet(number == 1 ? sheetName : sheetName + " (" + number + ")");
        ExportColumn[] columns = ExportColumn.values();
        for (int i = 0; i < headers.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, i < columns.length ? columns[i].width() : 20) * 256);
        }
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    @Override
    public void row(Object[] cells) {
        if (nextRow == MAX_ROWS) {
            newSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.length; i++) {
            switch (cells[i]) {
                case null -> { }
                case String s -> cell(row, i, plain).setCellValue(cut(SpreadsheetText.safe(s)));
                case LocalDateTime time -> cell(row, i, date).setCellValue(time);
                case Number n -> cell(row, i, plain).setCellValue(n.doubleValue());
                default -> cell(row, i, plain).setCellValue(cut(SpreadsheetText.safe(cells[i].toString())));
            }
        }
    }

    /**
     * A cell with its style set, even the default one: a cell without a style makes POI look up its column's
     * style in the sheet's XML objects when the row is flushed, which took most of the time of a large export.
     */
    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static String cut(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary files, also when the export stopped half-way (cancelled, failed). */
    @Override
    public void close() {
        workbook.dispose();
    }
}
