package vn.gopy.feedback.ui.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;

/**
 * One export being written into a temporary file by a background thread, watched by the page that started it.
 * The fields the page reads are volatile: the page polls them, the thread writes them. The file is deleted when
 * the job is cancelled or fails, and by {@link #discard()} when the page no longer offers it.
 */
final class ExportJob implements Runnable {

    enum State { WAITING, RUNNING, DONE, CANCELLED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(ExportJob.class);

    private final CommentExports exports;
    private final ExportFilter filter;
    private final ExportFormat format;
    private final Locale locale;
    private final long expectedRows;
    private final String fileName;
    private volatile Path file;
    private volatile State state = State.WAITING;
    private volatile long rowsWritten;
    private volatile boolean cancelRequested;
    private volatile boolean discarded;

    ExportJob(CommentExports exports, ExportFilter filter, ExportFormat format, Locale locale, long expectedRows,
            String fileName) {
        this.exports = exports;
        this.filter = filter;
        this.format = format;
        this.locale = locale;
        this.expectedRows = expectedRows;
        this.fileName = fileName;
    }

    @Override
    public void run() {
        if (cancelRequested) {
            state = State.CANCELLED;
            return;
        }
        state = State.RUNNING;
        try {
            file = Files.createTempFile("gopy-export-", "." + format.extension());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                exports.write(filter, format, locale, out, this::written);
            }
            state = discarded ? State.CANCELLED : State.DONE;
            if (discarded) {
                deleteFile();
            }
        } catch (CancellationException e) {
            state = State.CANCELLED;
            deleteFile();
        } catch (IOException | RuntimeException e) {
            log.error("Export of comments failed ({} {})", format, filter, e);
            state = State.FAILED;
            deleteFile();
        }
    }

    /** Called by the export every thousand rows: where it is, and the moment to stop if asked to. */
    private void written(long rows) {
        rowsWritten = rows;
        if (cancelRequested || discarded) {
            throw new CancellationException("Export cancelled");
        }
    }

    void cancel() {
        cancelRequested = true;
    }

    /** The page no longer offers the file: stop if still writing, and delete it. */
    void discard() {
        discarded = true;
        cancelRequested = true;
        if (state != State.RUNNING && state != State.WAITING) {
            deleteFile();
        }
    }

    private void deleteFile() {
        Path path = file;
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                log.warn("Could not delete the export file {}", path, e);
            }
        }
    }

    State state() {
        return state;
    }

    boolean finished() {
        return state == State.DONE || state == State.CANCELLED || state == State.FAILED;
    }

    long rowsWritten() {
        return rowsWritten;
    }

    long expectedRows() {
        return expectedRows;
    }

    ExportFormat format() {
        return format;
    }

    String fileName() {
        return fileName;
    }

    /** The finished file, or null once discarded. */
    Path file() {
        return state == State.DONE && !discarded ? file : null;
    }
}
