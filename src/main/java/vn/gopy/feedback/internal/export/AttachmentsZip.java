package vn.gopy.feedback.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;
import vn.gopy.feedback.ExportFilter;

/**
 * The files attached to the exported comments as one ZIP: first a list (tracking number, file in the archive,
 * the file's own name, size), then one folder per tracking number. Two passes over the same query, both
 * streamed: the list first, so that it opens first, and the files, read one at a time (fetch size 1), so that
 * a consultation with thousands of position papers never needs more memory than its largest file.
 */
@Component
class AttachmentsZip {

    private static final String FILES = " JOIN comment_attachment a ON a.comment_id = c.id";
    private static final String ORDER = " ORDER BY c.id, a.position, a.id";

    private final ExportRows rows;

    AttachmentsZip(ExportRows rows) {
        this.rows = rows;
    }

    long count(ExportFilter filter) {
        ExportSql sql = ExportSql.of(filter);
        long[] count = {0};
        rows.stream("SELECT count(*)" + ExportSql.FROM + FILES + sql.where(), sql.parameters(), 1,
                rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    void write(ExportFilter filter, ExportLabels labels, OutputStream out, RowCounter counter) throws IOException {
        ExportSql sql = ExportSql.of(filter);
        ZipOutputStream zip = new ZipOutputStream(out);
        // PDFs are compressed inside already: the fastest level gains nearly as much as the best.
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(labels.text("feedback.export.zip.index")));
        CsvSheetWriter index = new CsvSheetWriter(zip);
        index.header(new String[] {labels.text("feedback.export.zip.column.tracking-number"),
                labels.text("feedback.export.zip.column.entry"), labels.text("feedback.export.zip.column.file"),
                labels.text("feedback.export.zip.column.size")});
        EntryNames listed = new EntryNames();
        rows.stream("SELECT c.tracking_number, a.file_name, a.size_bytes" + ExportSql.FROM + FILES + sql.where()
                + ORDER, sql.parameters(), ExportRows.FETCH_SIZE, rs -> unchecked(() -> index.row(new Object[] {
                        rs.getString(1), listed.next(rs.getString(1), rs.getString(2)), rs.getString(2),
                        rs.getLong(3)})));
        index.finish();
        zip.closeEntry();

        EntryNames names = new EntryNames();
        rows.stream("SELECT c.tracking_number, a.file_name, ac.content" + ExportSql.FROM + FILES
                + " JOIN comment_attachment_content ac ON ac.attachment_id = a.id" + sql.where() + ORDER,
                sql.parameters(), 1, rs -> unchecked(() -> {
                    zip.putNextEntry(new ZipEntry(names.next(rs.getString(1), rs.getString(2))));
                    zip.write(rs.getBytes(3));
                    zip.closeEntry();
                    counter.add();
                }));
        zip.finish();
        zip.flush();
    }

    private interface IoAction {
        void run() throws IOException, java.sql.SQLException;
    }

    private static void unchecked(IoAction action) throws java.sql.SQLException {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
