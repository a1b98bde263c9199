package vn.gopy.search;

import java.time.Instant;

/**
 * How the latest rebuild of the index went: running or not, entities indexed out of the total expected,
 * when it started and ended, and why it failed if it did. {@link #NEVER} before any rebuild.
 */
public record RebuildProgress(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
        String failure) {

    public static final RebuildProgress NEVER = new RebuildProgress(false, 0, 0, null, null, null);

    /** From 0 to 1, for a progress bar. */
    public double fraction() {
        return total <= 0 ? (running ? 0 : 1) : Math.min(1.0, (double) done / total);
    }

    public boolean failed() {
        return failure != null;
    }
}
