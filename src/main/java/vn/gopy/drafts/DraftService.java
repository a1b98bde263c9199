package vn.gopy.drafts;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.common.InputCheck;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.internal.DraftRepository;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;

/**
 * What drafters do with the drafts of their agency (administrators with all drafts): write, publish,
 * revise. The agency boundary is enforced here, whatever a view shows or hides.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class DraftService {

    private final DraftRepository drafts;
    private final DraftDetailsCheck detailsCheck;
    private final DraftCards cards;
    private final CurrentStaff currentStaff;
    private final ConsultationSettings settings;
    private final Clock clock;

    DraftService(DraftRepository drafts, DraftDetailsCheck detailsCheck, DraftCards cards, CurrentStaff currentStaff,
            ConsultationSettings settings, Clock clock) {
        this.drafts = drafts;
        this.detailsCheck = detailsCheck;
        this.cards = cards;
        this.currentStaff = currentStaff;
        this.settings = settings;
        this.clock = clock;
    }

    /** The drafts the current user may edit, most recently changed first. */
    @Transactional(readOnly = true)
    public List<DraftCard> myDrafts() {
        StaffUser user = currentStaff.require();
        List<Draft> mine = user.has(Role.ADMIN) ? drafts.findAllRecentFirst()
                : user.agency().map(drafts::findByAgency).orElse(List.of());
        return cards.of(mine, clock.instant());
    }

    @Transactional(readOnly = true)
    public DraftEditorData forEditing(long draftId) {
        return EditorData.of(editable(draftId));
    }

    public long create(DraftDetails details) {
        requireMayActFor(details.agencyId());
        detailsCheck.check(details, null).throwIfInvalid();
        return drafts.save(new Draft(details, clock.instant())).getId();
    }

    public void update(long draftId, DraftDetails details) {
        Draft draft = editable(draftId);
        if (details.agencyId() == null || details.agencyId() != draft.getAgencyId()) {
            throw InvalidInputException.of("agencyId", "drafts.error.agency-fixed");
        }
        detailsCheck.check(details, draftId).throwIfInvalid();
        draft.edit(details, clock.instant(), settings.minimum());
        drafts.save(draft);
    }

    /** Saves the text of the version being written, as the drafter checked and corrected it. */
    public void saveText(long draftId, List<TextBlockData> blocks) {
        Draft draft = editable(draftId);
        List<TextBlockData> text = TextCheck.normalised(blocks);
        InputCheck check = new InputCheck();
        check.require(draft.versions().working().isPresent(), "text", "drafts.error.text-not-editable");
        TextCheck.check(check, text);
        check.throwIfInvalid();
        draft.replaceWorkingText(text, clock.instant());
        drafts.save(draft);
    }

    public void publish(long draftId) {
        Draft draft = editable(draftId);
        draft.publish(clock.instant(), settings.minimum());
        drafts.save(draft);
    }

    /** Publishes a consultation that was held (or opened) before it came to Gopy, with its real window. */
    @RolesAllowed(Role.Names.ADMIN)
    public void publishAsRecord(long draftId) {
        Draft draft = editable(draftId);
        draft.publishAsRecord(clock.instant(), settings.minimum());
        drafts.save(draft);
    }

    public void startRevision(long draftId) {
        Draft draft = editable(draftId);
        draft.startRevision(clock.instant());
        drafts.save(draft);
    }

    public void publishRevision(long draftId, String changeNote) {
        Draft draft = editable(draftId);
        draft.publishRevision(changeNote, clock.instant());
        drafts.save(draft);
    }

    public void discardRevision(long draftId) {
        Draft draft = editable(draftId);
        draft.discardRevision();
        drafts.save(draft);
    }

    /** A draft of the user's agency (any draft for administrators), as a card at this moment. */
    @Transactional(readOnly = true)
    public DraftCard cardForStaff(long draftId) {
        return cards.of(editable(draftId), clock.instant());
    }

    /** The reception report was published: the draft, closed, moves to its last status. */
    public void markReportPublished(long draftId) {
        Draft draft = editable(draftId);
        draft.reportPublished(clock.instant());
        drafts.save(draft);
    }

    Draft editable(long draftId) {
        Draft draft = drafts.findById(draftId).orElseThrow(() -> new NotFoundException("Draft " + draftId));
        requireMayActFor(draft.getAgencyId());
        return draft;
    }

    private void requireMayActFor(Long agencyId) {
        StaffUser user = currentStaff.require();
        if (agencyId == null || !user.mayActForAgency(agencyId)) {
            throw new AccessDeniedException("Drafts of agency " + agencyId + " are not yours to change");
        }
    }
}
