package vn.gopy.feedback.internal.report;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * "Trang 3/12" at the foot of every page. The page count is known only at the end, so each page shows one
 * shared template that is filled in when the document closes.
 */
final class PdfPageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 8.5f;

    private final BaseFont font;
    private final String word;
    private PdfTemplate pageCount;

    PdfPageNumbers(BaseFont font, String word) {
        this.font = font;
        this.word = word;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        pageCount = writer.getDirectContent().createTemplate(font.getWidthPoint("00000", SIZE), SIZE + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = word + " " + writer.getPageNumber() + "/";
        float width = font.getWidthPoint(text, SIZE);
        // Centred as if the count had as many digits as this page's number: close enough, and known now.
        float x = (document.left() + document.right()) / 2
                - (width + font.getWidthPoint(String.valueOf(writer.getPageNumber()), SIZE)) / 2;
        float y = document.bottom() - 24;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
        canvas.addTemplate(pageCount, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        pageCount.beginText();
        pageCount.setFontAndSize(font, SIZE);
        pageCount.setTextMatrix(0, 0);
        pageCount.showText(String.valueOf(writer.getPageNumber() - 1));
        pageCount.endText();
    }
}
