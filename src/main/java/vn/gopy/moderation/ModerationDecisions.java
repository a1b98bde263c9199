package vn.gopy.moderation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.comments.AlreadyDecidedException;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentForModeration;
import vn.gopy.comments.Mask;
import vn.gopy.common.InputCheck;
import vn.gopy.common.PlainText;
import vn.gopy.moderation.internal.AuditLog;
import vn.gopy.moderation.internal.Grouping;
import vn.gopy.moderation.internal.ModerationItem;
import vn.gopy.moderation.internal.ModerationItemRepository;
import vn.gopy.moderation.internal.ReasonTexts;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;

/**
 * Moderators' decisions: approve (optionally with parts masked), reject with a reason, one comment, a selection
 * or a whole form-letter group. Each decision is one transaction with its audit entry; the queue item is locked
 * while it is taken, so a second moderator waits and then finds it decided ({@link AlreadyDecidedException}).
 * A comment back in the queue because the public reported it is kept (approve) or withdrawn (reject).
 */
@Service
@RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
public class ModerationDecisions {

    public static final int MAX_NOTE = 1_000;

    private final ModerationItemRepository items;
    private final CommentDecisions comments;
    private final AuditLog audit;
    private final ReasonTexts reasons;
    private final Grouping grouping;
    private final CurrentStaff staff;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ModerationDecisions(ModerationItemRepository items, CommentDecisions comments, AuditLog audit, ReasonTexts reasons,
            Grouping grouping, CurrentStaff staff, PlatformTransactionManager transactions, Clock clock) {
        this.items = items;
        this.comments = comments;
        this.audit = audit;
        this.reasons = reasons;
        this.grouping = grouping;
        this.staff = staff;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Publishes a waiting comment, with these parts masked (none: as written). */
    public void approve(long commentId, List<Mask> masks) {
        decide(commentId, (item, comment) -> {
            if (item.isReported()) {
                comments.keepAfterReports(commentId);
                return new Entry("KEPT_AFTER_REPORTS", null, null);
            }
            comments.publish(commentId, masks);
            return new Entry(masks.isEmpty() ? "APPROVED" : "APPROVED_WITH_MASKS", null,
                    masks.isEmpty() ? null : masks.size() + " masked");
        });
    }

    /** Does not publish a waiting comment (or withdraws a reported one); the author is told why. */
    public void reject(long commentId, RejectionReason reason, String note) {
        String cleanNote = checkedNote(reason, note);
        decide(commentId, (item, comment) -> {
            String text = reasons.forAuthor(reason, cleanNote, comment.language());
            if (item.isReported()) {
                comments.withdrawAfterReports(commentId, text);
                return new Entry("WITHDRAWN_AFTER_REPORTS", reason.name(), cleanNote);
            }
            comments.reject(commentId, text);
            return new Entry("REJECTED", reason.name(), cleanNote);
        });
    }

    public BulkOutcome approveAll(Collection<Long> commentIds) {
        return each(commentIds, id -> approve(id, List.of()));
    }

    public BulkOutcome rejectAll(Collection<Long> commentIds, RejectionReason reason, String note) {
        checkedNote(reason, note);
        return each(commentIds, id -> reject(id, reason, note));
    }

    /** Publishes every waiting letter of a form-letter group as one campaign, shown once with its count. */
    public BulkOutcome approveGroup(long groupId) {
        List<Long> waiting = items.waitingInGroup(groupId);
        if (waiting.isEmpty()) {
            return new BulkOutcome(0, 0);
        }
        String moderator = staff.require().username();
        return transaction.execute(status -> {
            List<ModerationItem> locked = waiting.stream().map(id -> items.lockById(id).orElseThrow())
                    .filter(ModerationItem::isWaiting).filter(i -> !i.isReported()).toList();
            List<Long> ids = locked.stream().map(ModerationItem::getCommentId).toList();
            if (ids.isEmpty()) {
                return new BulkOutcome(0, waiting.size());
            }
            // Letters approved after the group's campaign was published join it instead of showing apart; a new
            // campaign is led by the group's representative when it is among the letters.
            long lead = publishedCampaign(groupId).orElseGet(() -> grouping.group(groupId)
                    .map(FormLetterGroup::representativeId).filter(ids::contains).orElse(ids.getFirst()));
            int published = comments.publishCampaign(lead, ids);
            var byId = comments.forModeration(ids);
            for (ModerationItem item : locked) {
                item.decided();
                audit.record(clock.instant(), moderator, item.getCommentId(),
                        byId.get(item.getCommentId()).trackingNumber(), "APPROVED_AS_CAMPAIGN", null, "group " + groupId);
            }
            return new BulkOutcome(published, waiting.size() - published);
        });
    }

    private Optional<Long> publishedCampaign(long groupId) {
        return items.decidedInGroup(groupId, Limit.of(50)).stream().map(comments::shownCampaignLeadOf)
                .flatMap(Optional::stream).findFirst();
    }

    public BulkOutcome rejectGroup(long groupId, RejectionReason reason, String note) {
        checkedNote(reason, note);
        return each(items.waitingInGroup(groupId), id -> reject(id, reason, note));
    }

    private record Entry(String action, String reason, String note) {
    }

    private interface Decision {
        Entry take(ModerationItem item, CommentForModeration comment);
    }

    private void decide(long commentId, Decision decision) {
        String moderator = staff.require().username();
        try {
            transaction.executeWithoutResult(status -> {
                ModerationItem item = items.lockById(commentId).filter(ModerationItem::isWaiting)
                        .orElseThrow(() -> new AlreadyDecidedException(String.valueOf(commentId)));
                CommentForModeration comment = comments.forModeration(List.of(commentId)).get(commentId);
                Entry entry = decision.take(item, comment);
                item.decided();
                audit.record(clock.instant(), moderator, commentId, comment.trackingNumber(), entry.action(),
                        entry.reason(), entry.note());
            });
        } catch (OptimisticLockingFailureException e) {
            throw new AlreadyDecidedException(String.valueOf(commentId));
        }
    }

    private static BulkOutcome each(Collection<Long> commentIds, java.util.function.LongConsumer decision) {
        int decided = 0;
        int already = 0;
        for (long id : commentIds) {
            try {
                decision.accept(id);
                decided++;
            } catch (AlreadyDecidedException e) {
                already++;
            }
        }
        return new BulkOutcome(decided, already);
    }

    private static String checkedNote(RejectionReason reason, String note) {
        String clean = note == null || note.isBlank() ? null : PlainText.normalise(note).strip();
        new InputCheck()
                .require(reason != null, "reason", "common.error.required")
                .require(reason == null || !reason.needsNote() || clean != null, "note", "moderation.error.note-needed")
                .optionalText("note", clean, MAX_NOTE)
                .throwIfInvalid();
        return clean;
    }
}
