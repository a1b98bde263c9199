package vn.gopy.drafts;

/** What happens to a draft, for other modules to react to after the change is committed. */
public final class DraftEvents {

    private DraftEvents() {
    }

    /** The draft became public, either scheduled or already open. */
    public record DraftPublished(long draftId, DraftStatus status) {
    }

    /** The consultation opened: comments are now accepted. */
    public record DraftOpened(long draftId) {
    }

    /** The consultation closed: no more comments. */
    public record DraftClosed(long draftId) {
    }

    /** The details of a public draft changed: title, summary, impact, window or topics. */
    public record DraftChanged(long draftId) {
    }

    /** A revised text was published as a new version. */
    public record DraftRevised(long draftId, int versionNumber) {
    }
}
