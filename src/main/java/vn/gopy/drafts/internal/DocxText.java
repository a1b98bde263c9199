package vn.gopy.drafts.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.ZipLimits;
import vn.gopy.drafts.TextRecognition;

/**
 * Reads the text of a Word (.docx) document, one paragraph per line, in document order: body paragraphs,
 * tables (one line per paragraph of each cell, row by row, nested tables included) and content controls.
 * Numbers of automatic lists ("Điều 1.", "1.", "a)") are written in front of their paragraphs (see
 * {@link WordNumbering}). Headers, footers, footnotes, comments and text boxes are left out: a draft law's
 * text lives in the body.
 *
 * <p>Limits, checked before POI builds the document in memory: at most {@value ZipLimits#MAX_ENTRIES} parts and
 * {@value ZipLimits#MAX_UNPACKED_BYTES} bytes unpacked (POI keeps its own zip-bomb checks on compression ratios);
 * the text is cut off with an error past the size of the largest text that may be pasted.
 */
public final class DocxText {

    private static final Logger log = LoggerFactory.getLogger(DocxText.class);

    private final StringBuilder text = new StringBuilder();
    private final WordNumbering numbering;

    private DocxText(XWPFDocument document) {
        this.numbering = new WordNumbering(document);
    }

    public static String extract(byte[] docx) {
        checkUnpackedSize(docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            DocxText reader = new DocxText(document);
            reader.elements(document.getBodyElements());
            return reader.text.toString();
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.info("A Word document could not be read: {}", e.toString());
            throw unreadable();
        }
    }

    private void elements(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            switch (element) {
                case XWPFParagraph paragraph -> line(numbering.prefix(paragraph) + paragraph.getText());
                case XWPFTable table -> table(table);
                case XWPFSDT control -> line(control.getContent().getText());
                default -> { }
            }
        }
    }

    private void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                elements(cell.getBodyElements());
            }
        }
    }

    private void line(String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line.stripTrailing()); // a numbered paragraph without text ends with the number's separator
        if (text.length() > TextRecognition.MAX_PASTED_CHARACTERS) {
            throw InvalidInputException.of("source", "drafts.error.text-too-large", TextRecognition.MAX_PASTED_CHARACTERS);
        }
    }

    /** A zip bomb is refused before POI holds it in memory. */
    private static void checkUnpackedSize(byte[] docx) {
        switch (ZipLimits.check(docx)) {
            case TOO_LARGE -> throw tooLarge();
            case UNREADABLE -> throw unreadable();
            case FITS -> { }
        }
    }

    private static InvalidInputException unreadable() {
        return InvalidInputException.of("source", "drafts.error.docx-unreadable");
    }

    private static InvalidInputException tooLarge() {
        return InvalidInputException.of("source", "drafts.error.docx-too-large",
                ZipLimits.MAX_UNPACKED_BYTES / (1024 * 1024));
    }
}
