package vn.gopy.drafts;

/** Where a draft is in its consultation. Only staff see a draft in {@link #DRAFT}. */
public enum DraftStatus {
    /** Being written; not public. */
    DRAFT,
    /** Published, the consultation has not opened yet. */
    SCHEDULED,
    /** Open for comments. */
    OPEN,
    /** The consultation has ended; the text stays readable. */
    CLOSED,
    /** The consultation has ended and the agency published its reception report, answering every comment. */
    REPORT_PUBLISHED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
