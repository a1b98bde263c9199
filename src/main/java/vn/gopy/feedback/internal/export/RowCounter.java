package vn.gopy.feedback.internal.export;

import vn.gopy.feedback.ExportProgress;

/** Counts written rows and tells the progress listener every {@value #EVERY} rows and once at the end. */
final class RowCounter {

    static final int EVERY = 1000;

    private final ExportProgress progress;
    private long rows;

    RowCounter(ExportProgress progress) {
        this.progress = progress == null ? ExportProgress.NONE : progress;
    }

    void add() {
        if (++rows % EVERY == 0) {
            progress.rowsWritten(rows);
        }
    }

    long done() {
        if (rows % EVERY != 0) {
            progress.rowsWritten(rows);
        }
        return rows;
    }
}
