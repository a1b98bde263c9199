package vn.gopy.moderation;

/** Why a comment is not published. The author is told in plain words (moderation_*.properties). */
public enum RejectionReason {
    OFF_TOPIC, ABUSIVE, PERSONAL_DATA, SPAM, DUPLICATE, OTHER;

    /** "Other" says nothing by itself: the moderator writes a note, which the author reads. */
    public boolean needsNote() {
        return this == OTHER;
    }
}
