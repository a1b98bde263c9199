package vn.gopy.comments;

import java.time.Instant;

/**
 * Its author confirmed a comment: it now waits for moderation. Carries what screening and grouping need, so
 * that the moderation module does not have to read it back. {@code referral} is the code of the way its author
 * arrived (see {@link Referral}), or null.
 */
public record CommentConfirmed(long commentId, long draftId, String articleLabel, CommenterKind kind, String text,
        Instant confirmedAt, String referral) {
}
