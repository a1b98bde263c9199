package vn.gopy.feedback.internal.export;

import java.io.IOException;

/**
 * One table of rows written to a stream as they come (CSV, XLSX). Cells are strings, numbers, or
 * {@link java.time.LocalDateTime}s, or null for an empty cell.
 */
interface SheetWriter extends AutoCloseable {

    void header(String[] names) throws IOException;

    void row(Object[] cells) throws IOException;

    /** Writes what is left; the stream stays open for its owner. */
    void finish() throws IOException;

    /** Releases what the writer held (temporary files), finished or not. */
    @Override
    default void close() {
    }
}
