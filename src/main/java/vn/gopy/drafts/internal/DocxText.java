package vn.gopy.drafts.internal;

/** Reads the text of a Word (.docx) document, one paragraph per line, in document order. */
public final class DocxText {

    private DocxText() {
    }

    public static String extract(byte[] docx) {
        throw new UnsupportedOperationException("being written");
    }
}
