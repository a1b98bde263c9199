package vn.gopy.drafts;

/** What an attached document is for. */
public enum AttachmentKind {
    /** Tờ trình: the drafting agency's explanatory statement. */
    EXPLANATORY_STATEMENT,
    /** Báo cáo đánh giá tác động: the impact assessment report. */
    IMPACT_ASSESSMENT,
    OTHER
}
