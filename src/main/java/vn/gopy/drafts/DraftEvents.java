package vn.gopy.drafts;

/** What happens to a draft, for other modules to react to after the change is committed. */
public final class DraftEvents {

    private DraftEvents() {
    }

    /** Any change to what the public sees of a draft. */
    public sealed interface DraftEvent permits DraftPublished, DraftChanged, DraftOpened, DraftClosed, DraftRevised,
            DraftReportPublished {
        long draftId();
    }

    /** The draft became public, either scheduled or already open. */
    public record DraftPublished(long draftId, DraftStatus status) implements DraftEvent {
    }

    /** The consultation opened: comments are now accepted. */
    public record DraftOpened(long draftId) implements DraftEvent {
    }

    /** The consultation closed: no more comments. */
    public record DraftClosed(long draftId) implements DraftEvent {
    }

    /** The details of a public draft changed: title, summary, impact, window or topics. */
    public record DraftChanged(long draftId) implements DraftEvent {
    }

    /** A revised text was published as a new version. */
    public record DraftRevised(long draftId, int versionNumber) implements DraftEvent {
    }

    /** The agency published its reception report for the first time (a later edited version is not news). */
    public record DraftReportPublished(long draftId) implements DraftEvent {
    }
}
