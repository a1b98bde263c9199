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

/**
 * An Excel workbook written as a stream: POI keeps the last {@value #WINDOW} rows in memory and flushes older
 * ones to a compressed temporary file (a million rows of comments are about a gigabyte of XML), which is zipped
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
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle bold;
    private final CellStyle date;
    private String[] headers;
    private SXSSFSheet sheet;
    private int nextRow;

    XlsxSheetWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheetName = sheetName;
        workbook.setCompressTempFiles(true);
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
                case String s -> row.createCell(i).setCellValue(cut(CellText.safe(s)));
                case LocalDateTime time -> {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(time);
                    cell.setCellStyle(date);
                }
                case Number n -> row.createCell(i).setCellValue(n.doubleValue());
                default -> row.createCell(i).setCellValue(cut(CellText.safe(cells[i].toString())));
            }
        }
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
