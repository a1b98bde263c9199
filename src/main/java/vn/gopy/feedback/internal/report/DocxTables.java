package vn.gopy.feedback.internal.report;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.gopy.feedback.internal.report.ReceptionReport.Count;

/**
 * The report's tables in Word: real tables with a header row that Word repeats on each page, fixed column
 * widths (in twentieths of a point) so that Word and LibreOffice lay them out alike, and one paragraph per line
 * of a cell so that the agency edits plain paragraphs, not line breaks.
 */
final class DocxTables {

    /** The width between the margins of an A4 page (21 cm less 3 cm and 2 cm), in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 1701 - 1134;
    private static final int[] ENTRY_WIDTHS = percentages(8, 19, 33, 12, 28);
    private static final int[] COUNT_WIDTHS = {TEXT_WIDTH * 50 / 100, TEXT_WIDTH * 20 / 100};
    private static final String HEADER_SHADE = "E8ECF2";

    private final XWPFDocument document;

    DocxTables(XWPFDocument document) {
        this.document = document;
    }

    void counts(ReportContent.CountTable counts, String countColumn, ReportContent content) {
        XWPFTable table = table(counts.rows().size() + 1, COUNT_WIDTHS);
        header(table.getRow(0), List.of(counts.caption(), countColumn));
        for (int i = 0; i < counts.rows().size(); i++) {
            Count count = counts.rows().get(i);
            XWPFTableRow row = table.getRow(i + 1);
            write(row.getCell(0), DocxStyles.TABLE_TEXT, count.label());
            write(row.getCell(1), DocxStyles.TABLE_TEXT, content.number(count.count()))
                    .setAlignment(ParagraphAlignment.RIGHT);
        }
        spacer();
    }

    void entries(List<String> columns, List<ReportContent.Row> rows) {
        XWPFTable table = table(rows.size() + 1, ENTRY_WIDTHS);
        header(table.getRow(0), columns);
        for (int i = 0; i < rows.size(); i++) {
            ReportContent.Row row = rows.get(i);
            XWPFTableRow cells = table.getRow(i + 1);
            write(cells.getCell(0), DocxStyles.TABLE_TEXT, row.number()).setAlignment(ParagraphAlignment.CENTER);
            write(cells.getCell(1), DocxStyles.TABLE_TEXT, row.who());
            row.whoNotes().forEach(note -> add(cells.getCell(1), DocxStyles.TABLE_NOTE, note));
            write(cells.getCell(2), DocxStyles.TABLE_TEXT, row.comment());
            write(cells.getCell(3), DocxStyles.TABLE_TEXT, row.outcome());
            write(cells.getCell(4), DocxStyles.TABLE_TEXT, row.explanation());
            if (row.explanationNote() != null) {
                add(cells.getCell(4), DocxStyles.TABLE_NOTE, row.explanationNote());
            }
        }
        spacer();
    }

    private XWPFTable table(int rows, int[] widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(sum(widths)));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < widths.length; i++) {
                row.getCell(i).setWidth(String.valueOf(widths[i]));
            }
        }
        return table;
    }

    private static void header(XWPFTableRow row, List<String> texts) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int i = 0; i < texts.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setColor(HEADER_SHADE);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            write(cell, DocxStyles.TABLE_HEADER, texts.get(i));
        }
    }

    /** Fills the paragraph that every new cell has, then one more paragraph per further line of the text. */
    private static XWPFParagraph write(XWPFTableCell cell, String style, String text) {
        String[] lines = text.split("\\R", -1);
        XWPFParagraph first = cell.getParagraphs().getFirst();
        first.setStyle(style);
        first.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            add(cell, style, lines[i]);
        }
        return first;
    }

    private static void add(XWPFTableCell cell, String style, String text) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    /** Word joins two tables that touch; an empty paragraph keeps them apart and gives some air. */
    private void spacer() {
        document.createParagraph();
    }

    private static int[] percentages(int... parts) {
        int[] widths = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            widths[i] = TEXT_WIDTH * parts[i] / 100;
        }
        return widths;
    }

    private static int sum(int[] widths) {
        int sum = 0;
        for (int width : widths) {
            sum += width;
        }
        return sum;
    }
}
