package vn.gopy.comments;

/** A moderator decided a comment (published, not published, kept or withdrawn after reports). */
public record CommentDecided(long commentId, CommentState state) {
}
