package vn.gopy.feedback;

/**
 * Told how far an export has got, about every thousand rows (attachments for a ZIP). It may stop the export by
 * throwing, e.g. {@link java.util.concurrent.CancellationException} when the person cancelled.
 */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = rows -> { };

    void rowsWritten(long rows);
}
