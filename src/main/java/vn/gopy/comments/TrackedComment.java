package vn.gopy.comments;

import java.time.Instant;

/**
 * A comment as its author follows it: what it is about (the article's title is null for the whole draft, or
 * when the current text no longer has that article), its text, its state and when it changed.
 * {@code decisionReason} says why a comment was not published.
 */
public record TrackedComment(String trackingNumber, long draftId, String draftTitle, String articleLabel,
        String articleTitle, String text, CommentState state, Instant submittedAt, Instant confirmationExpiresAt,
        Instant confirmedAt, Instant publishedAt, String decisionReason) {
}
