package vn.gopy.feedback.internal.report;

import java.io.OutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The reception report as an A4 PDF, for publication next to the draft: a title block, (1) the consultation
 * and its figures, (2) the comments article by article with how each was taken into account, (3) the comments
 * on the draft as a whole. Margins follow the Vietnamese rules for administrative documents (3 cm on the left
 * for binding, 2 cm elsewhere).
 */
public class PdfReportWriter {

    static final float CM = 72 / 2.54f;

    public void write(ReceptionReport report, OutputStream out) {
        ReportContent content = new ReportContent(report);
        PdfFonts fonts = new PdfFonts();
        Document document = new Document(PageSize.A4, 3 * CM, 2 * CM, 2 * CM, 2.5f * CM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageNumbers(fonts.regular, content.text("page")));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(content.texts().locale().getLanguage()));
        document.addTitle(content.title() + " – " + content.draftTitle());
        document.addAuthor(content.agencyName());
        document.addCreator("Gopy");
        document.open();
        new PdfLayout(document, writer, content, fonts).write();
        document.close();
    }
}
