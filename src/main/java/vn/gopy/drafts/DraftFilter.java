package vn.gopy.drafts;

/** Filters of the public list of consultations; null means "any". Status never admits unpublished drafts. */
public record DraftFilter(Long agencyId, String documentTypeCode, DraftStatus status) {

    public static DraftFilter any() {
        return new DraftFilter(null, null, null);
    }
}
