package vn.gopy.comments;

/** A published comment was reported often enough to be hidden until a moderator looks again. */
public record CommentHidden(long commentId, long draftId, int reports) {
}
