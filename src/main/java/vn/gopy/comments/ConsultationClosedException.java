package vn.gopy.comments;

import vn.gopy.drafts.DraftStatus;

/** The consultation is not open at the moment of submission (by the server's clock); nothing was saved. */
public class ConsultationClosedException extends RuntimeException {

    private final DraftStatus status;

    public ConsultationClosedException(long draftId, DraftStatus status) {
        super("Draft " + draftId + " is not open for comments (" + status + ")");
        this.status = status;
    }

    /** SCHEDULED (not open yet) or CLOSED. */
    public DraftStatus status() {
        return status;
    }
}
