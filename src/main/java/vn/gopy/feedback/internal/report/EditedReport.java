package vn.gopy.feedback.internal.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.ZipLimits;

/**
 * Checks the reception report that the agency edited in Word and uploads for publication. Only a real,
 * macro-free Word document (.docx) is taken: whatever its name, a PDF, a renamed text file, a workbook or a
 * macro-enabled document (.docm) is refused, as is anything over the size limit. Before POI builds the
 * document in memory the archive is unpacked once, counting, so that a small upload that would unpack to
 * gigabytes (a zip bomb) is refused too; POI's own checks of compression ratios stay on.
 */
public final class EditedReport {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final String FIELD = "report";

    private EditedReport() {
    }

    /** The upload itself when it is a Word document within {@code maxBytes}; otherwise nothing is kept. */
    public static byte[] checkedDocx(byte[] upload, long maxBytes) {
        if (upload != null && upload.length > maxBytes) {
            throw InvalidInputException.of(FIELD, "feedback.report.error.too-large", maxBytes / (1024 * 1024));
        }
        if (upload == null || upload.length == 0 || !unpacksWithinLimits(upload) || !isMacroFreeWordDocument(upload)) {
            throw notDocx();
        }
        return upload;
    }

    public static byte[] checkedDocx(byte[] upload) {
        return checkedDocx(upload, MAX_BYTES);
    }

    /** The text of a document that passes {@link #checkedDocx(byte[])}, paragraphs and cells in order: a preview. */
    public static String text(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(checkedDocx(docx)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw notDocx();
        }
    }

    private static boolean isMacroFreeWordDocument(byte[] upload) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(upload))) {
            // A .docm opens as an XWPFDocument too; its main part's content type is what tells it apart.
            return XWPFRelation.DOCUMENT.getContentType().equals(document.getPackagePart().getContentType());
        } catch (IOException | RuntimeException e) {
            return false; // POI's way of saying it is no Word document: not an archive, no main part, bad XML
        }
    }

    private static boolean unpacksWithinLimits(byte[] upload) {
        return ZipLimits.check(upload) == ZipLimits.Verdict.FITS;
    }

    private static InvalidInputException notDocx() {
        return InvalidInputException.of(FIELD, "feedback.report.error.not-docx");
    }
}
