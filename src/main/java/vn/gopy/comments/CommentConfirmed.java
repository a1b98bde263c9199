package vn.gopy.comments;

/** Its author confirmed a comment: it now waits for moderation (screening and grouping start here). */
public record CommentConfirmed(long commentId, long draftId) {
}
