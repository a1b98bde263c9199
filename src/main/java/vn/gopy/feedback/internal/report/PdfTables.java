package vn.gopy.feedback.internal.report;

import java.awt.Color;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import vn.gopy.feedback.internal.report.ReceptionReport.Count;

/**
 * The report's tables in PDF: the small count tables and the comments' tables. Header rows repeat on every
 * page a table runs over. A row that does not fit at the foot of a page moves whole to the next one, so that a
 * comment and its answer are read together; only a row taller than a page is split.
 */
final class PdfTables {

    /** No., who, comment, outcome, explanation: the comment and its answer get most of the width. */
    private static final float[] ENTRY_WIDTHS = {7, 19, 34, 12, 28};
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEC, 0xF2);

    /** Notes hold codes such as "GY-2026-000144", which would be useless split at a hyphen: break at spaces only. */
    private static final SplitCharacter AT_SPACES = (start, current, end, chars, chunks) -> (chunks == null
            ? chars[current]
            : chunks[Math.min(current, chunks.length - 1)].getUnicodeEquivalent(chars[current])) <= ' ';

    private final PdfFonts fonts;

    PdfTables(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfPTable counts(ReportContent.CountTable table, String countColumn, ReportContent content) {
        PdfPTable pdf = new PdfPTable(new float[] {3, 1});
        pdf.setWidthPercentage(70);
        pdf.setHorizontalAlignment(Element.ALIGN_LEFT);
        pdf.setSpacingBefore(6);
        pdf.setSpacingAfter(4);
        pdf.setHeaderRows(1);
        pdf.setKeepTogether(true);
        pdf.addCell(header(table.caption()));
        pdf.addCell(header(countColumn));
        for (Count count : table.rows()) {
            pdf.addCell(cell(count.label(), Element.ALIGN_LEFT));
            pdf.addCell(cell(content.number(count.count()), Element.ALIGN_RIGHT));
        }
        return pdf;
    }

    PdfPTable entries(List<String> columns, List<ReportContent.Row> rows) {
        PdfPTable pdf = new PdfPTable(ENTRY_WIDTHS);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(8);
        pdf.setHeaderRows(1);
        columns.forEach(column -> pdf.addCell(header(column)));
        for (ReportContent.Row row : rows) {
            pdf.addCell(cell(row.number(), Element.ALIGN_CENTER));
            pdf.addCell(withNotes(row.who(), row.whoNotes()));
            pdf.addCell(cell(row.comment(), Element.ALIGN_LEFT));
            pdf.addCell(cell(row.outcome(), Element.ALIGN_LEFT));
            pdf.addCell(withNotes(row.explanation(),
                    row.explanationNote() == null ? List.of() : List.of(row.explanationNote())));
        }
        return pdf;
    }

    private PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph(text, fonts.cellHeader));
        cell.setBackgroundColor(HEADER_BACKGROUND);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        pad(cell);
        return cell;
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell();
        Paragraph paragraph = paragraph(text, fonts.cell);
        paragraph.setAlignment(alignment);
        cell.addElement(paragraph);
        pad(cell);
        return cell;
    }

    /** The main text, then each note on a line of its own in smaller grey type. */
    private PdfPCell withNotes(String text, List<String> notes) {
        PdfPCell cell = new PdfPCell();
        if (!text.isEmpty()) {
            cell.addElement(paragraph(text, fonts.cell));
        }
        notes.forEach(note -> {
            Paragraph paragraph = new Paragraph(new Chunk(note, fonts.note).setSplitCharacter(AT_SPACES));
            paragraph.setLeading(fonts.note.getSize() * 1.25f);
            cell.addElement(paragraph);
        });
        pad(cell);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setLeading(font.getSize() * 1.25f);
        return paragraph;
    }

    private static void pad(PdfPCell cell) {
        cell.setPadding(4);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(6);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
    }
}
