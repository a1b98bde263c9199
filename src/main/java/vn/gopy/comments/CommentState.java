package vn.gopy.comments;

/** Where a comment stands, as its author sees it on the tracking page. */
public enum CommentState {
    /** Submitted; the link in the confirmation mail has not been opened yet. */
    AWAITING_CONFIRMATION,
    /** Confirmed by its author; a moderator has not decided yet. */
    AWAITING_MODERATION,
    PUBLISHED,
    /** A moderator decided not to publish it, with a reason the author is told. */
    NOT_PUBLISHED
}
