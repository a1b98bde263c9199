package vn.gopy.feedback.internal.report;

import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays the report out, top to bottom. Every paragraph goes in as a borderless one-cell table: tables are drawn
 * on a layer of their own, after a page's plain paragraphs, so with plain paragraphs a page's content stream
 * would hold its headings before the tables above them, and copying, searching and screen readers would meet
 * them out of order. Being tables, blocks can also be measured before they are placed: a heading goes to the
 * next page unless it fits there with what it introduces (the header and first row of its table).
 */
final class PdfLayout {

    private final Document document;
    private final PdfWriter writer;
    private final ReportContent content;
    private final PdfFonts fonts;
    private final PdfTables tables;

    PdfLayout(Document document, PdfWriter writer, ReportContent content, PdfFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.content = content;
        this.fonts = fonts;
        this.tables = new PdfTables(fonts);
    }

    void write() {
        titleBlock();
        consultation();
        if (content.nothingReceived()) {
            return;
        }
        List<PdfPTable> headings = content.articles().stream()
                .map(article -> block(article.heading(), fonts.articleHeading, 8, 4)).toList();
        List<PdfPTable> articleTables = content.articles().stream()
                .map(article -> tables.entries(content.columns(), article.rows())).toList();
        PdfPTable articlesOrNone = headings.isEmpty() ? text(content.text("no-article-comments")) : null;
        addKeepingWith(section("section.articles"),
                articlesOrNone != null ? height(articlesOrNone) : height(headings.getFirst()) + start(articleTables.getFirst()));
        if (articlesOrNone != null) {
            document.add(articlesOrNone);
        }
        for (int i = 0; i < headings.size(); i++) {
            addKeepingWith(headings.get(i), start(articleTables.get(i)));
            document.add(articleTables.get(i));
        }
        PdfPTable general = content.general().isEmpty() ? text(content.text("no-general-comments"))
                : tables.entries(content.columns(), content.general());
        addKeepingWith(section("section.general"), content.general().isEmpty() ? height(general) : start(general));
        document.add(general);
    }

    private void titleBlock() {
        document.add(centred(content.title(), fonts.title, 4));
        document.add(centred(content.draftTitle(), fonts.subtitle, 8));
        List<String> lines = content.titleLines();
        for (int i = 0; i < lines.size(); i++) {
            document.add(centred(lines.get(i), fonts.body, i == lines.size() - 1 ? 10 : 2));
        }
    }

    private void consultation() {
        List<String> lines = content.consultation();
        List<PdfPTable> blocks = lines.stream().map(this::text).toList();
        addKeepingWith(section("section.consultation"), height(blocks.getFirst()));
        blocks.forEach(document::add);
        if (content.nothingReceived()) {
            document.add(text(content.text("no-comments")));
            return;
        }
        for (ReportContent.CountTable table : content.countTables()) {
            document.add(tables.counts(table, content.text("count.column"), content));
        }
    }

    private void addKeepingWith(PdfPTable block, float following) {
        if (writer.getVerticalPosition(true) - document.bottom() < height(block) + following) {
            document.newPage();
        }
        document.add(block);
    }

    private PdfPTable section(String key) {
        return block(content.text(key), fonts.heading, 16, 6);
    }

    private PdfPTable text(String text) {
        return block(text, fonts.body, 0, 5);
    }

    private static PdfPTable centred(String text, Font font, float spacingAfter) {
        return block(text, font, Element.ALIGN_CENTER, 0, spacingAfter);
    }

    private static PdfPTable block(String text, Font font, float spacingBefore, float spacingAfter) {
        return block(text, font, Element.ALIGN_LEFT, spacingBefore, spacingAfter);
    }

    private static PdfPTable block(String text, Font font, int alignment, float spacingBefore, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(font.getSize() * 1.35f);
        paragraph.setAlignment(alignment);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.addElement(paragraph);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(spacingBefore);
        block.setSpacingAfter(spacingAfter);
        block.addCell(cell);
        return block;
    }

    /** The height a block takes on the page, spacing included. */
    private float height(PdfPTable block) {
        block.setTotalWidth(document.right() - document.left());
        return block.getTotalHeight() + block.spacingBefore() + block.spacingAfter();
    }

    /** A table's header and first row: what must follow a heading onto its page. */
    private float start(PdfPTable table) {
        table.setTotalWidth(document.right() - document.left());
        return table.spacingBefore() + table.getRowHeight(0) + (table.size() > 1 ? table.getRowHeight(1) : 0);
    }
}
