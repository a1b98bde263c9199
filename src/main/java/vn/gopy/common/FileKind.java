package vn.gopy.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the portal accepts, recognised by their content and never by their name:
 * a PDF starts with "%PDF-"; a Word document is a ZIP package whose content types declare a
 * (macro-free) WordprocessingML main document.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    /** Reading at most this much of [Content_Types].xml: it is small in every real document. */
    private static final int CONTENT_TYPES_LIMIT = 256 * 1024;

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<FileKind> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC) && declaresWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** The kind a file name claims by its extension, if it claims one we know. */
    public static Optional<FileKind> claimedBy(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> lower.endsWith("." + k.extension)).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean declaresWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if ("[Content_Types].xml".equals(entry.getName())) {
                    String types = new String(zip.readNBytes(CONTENT_TYPES_LIMIT), StandardCharsets.UTF_8);
                    return types.contains(DOCX_MAIN);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false; // a damaged archive is not a document we can accept
        }
        return false;
    }
}
