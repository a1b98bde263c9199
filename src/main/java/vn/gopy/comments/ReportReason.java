package vn.gopy.comments;

/** Why someone reports a published comment. */
public enum ReportReason {
    ABUSIVE, PERSONAL_DATA, SPAM, OFF_TOPIC, OTHER
}
