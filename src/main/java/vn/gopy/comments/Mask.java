package vn.gopy.comments;

/**
 * A part of a comment's text that a moderator hides in the published version (a phone number, a name):
 * characters {@code start} (inclusive) to {@code end} (exclusive) of the original text.
 */
public record Mask(int start, int end) {

    /** What the public sees instead of the masked part. */
    public static final String MASKED = "█████";

    public Mask {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A mask covers at least one character: " + start + ".." + end);
        }
    }
}
