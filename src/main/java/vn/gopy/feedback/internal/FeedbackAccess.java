package vn.gopy.feedback.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftService;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;

/**
 * The agency boundary of feedback: drafters see the comments of their own agency's drafts, administrators
 * all. Every service of the module asks here first, whatever a view shows or hides.
 */
@Component
public class FeedbackAccess {

    private final DraftService drafts;
    private final CurrentStaff currentStaff;

    FeedbackAccess(DraftService drafts, CurrentStaff currentStaff) {
        this.drafts = drafts;
        this.currentStaff = currentStaff;
    }

    /** The draft's card, if the current user may see its feedback; refuses otherwise. */
    public DraftCard requireDraft(long draftId) {
        return drafts.cardForStaff(draftId);
    }

    public void requireAgency(long agencyId) {
        if (!currentStaff.require().mayActForAgency(agencyId)) {
            throw new AccessDeniedException("The feedback of agency " + agencyId + " is not yours to see");
        }
    }

    /** Everything at once, across agencies: administrators only. */
    public void requireAdmin() {
        if (!currentStaff.require().has(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators see the feedback of every agency");
        }
    }

    /** Who is acting, for the record of who answered. */
    public String username() {
        return currentStaff.require().username();
    }
}
