package vn.gopy.comments;

import java.time.Instant;

/**
 * A comment as its author follows it: what it is about, its text, its state and when it changed.
 * {@code decisionReason} says why a comment was not published.
 */
public record TrackedComment(String trackingNumber, long draftId, String draftTitle, String articleLabel,
        String text, CommentState state, Instant submittedAt, Instant confirmationExpiresAt, Instant confirmedAt,
        Instant publishedAt, String decisionReason) {
}
