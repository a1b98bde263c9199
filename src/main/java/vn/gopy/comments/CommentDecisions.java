package vn.gopy.comments;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.comments.Comment;
import vn.gopy.comments.internal.CommentRepository;
import vn.gopy.comments.internal.CommentViews;
import vn.gopy.comments.internal.DecisionMail;
import vn.gopy.comments.internal.Masking;
import vn.gopy.comments.internal.TrackingNumber;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.mail.MailOutbox;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;

/**
 * The decisions that make a confirmed comment public or not, taken by moderators (the moderation module's
 * queue drives them). Each tells the author by mail. A decision on a comment that is no longer waiting for it
 * (another moderator was first) throws {@link AlreadyDecidedException} and changes nothing; two decisions at the
 * same instant are told apart by the comment's version.
 */
@Service
@RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
public class CommentDecisions {

    private final CommentRepository comments;
    private final DecisionMail decisionMail;
    private final MailOutbox outbox;
    private final DraftCatalog catalog;
    private final CurrentStaff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentDecisions(CommentRepository comments, DecisionMail decisionMail, MailOutbox outbox, DraftCatalog catalog,
            CurrentStaff staff, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.decisionMail = decisionMail;
        this.outbox = outbox;
        this.catalog = catalog;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes a comment that awaits moderation, and tells its author. */
    @Transactional
    public void publish(long commentId) {
        publish(commentId, List.of());
    }

    /** Publishes a comment with these parts of its text masked (the original is kept for the drafting agency). */
    @Transactional
    public void publish(long commentId, List<Mask> masks) {
        Comment comment = find(commentId);
        comment.publish(Masking.apply(comment.getText(), masks), moderator(), clock.instant());
        comments.flush();
        tellAuthor(comment);
    }

    /** Decides not to publish a comment that awaits moderation; its author is told the reason. */
    @Transactional
    public void reject(long commentId, String reason) {
        Comment comment = find(commentId);
        comment.reject(reason, moderator(), clock.instant());
        comments.flush();
        tellAuthor(comment);
    }

    /**
     * Publishes a form letter's comments that await moderation as one campaign: the lead is shown once, with
     * "submitted by N people" counting every published letter of it. Returns how many this call published.
     */
    @Transactional
    public int publishCampaign(long leadId, Collection<Long> letterIds) {
        Comment lead = find(leadId);
        int published = 0;
        if (lead.getState() == CommentState.AWAITING_MODERATION) {
            lead.publish(null, moderator(), clock.instant());
            tellAuthor(lead);
            published++;
        }
        if (lead.getState() != CommentState.PUBLISHED) {
            throw new AlreadyDecidedException(lead.getTrackingNumber());
        }
        for (Comment letter : comments.findAllById(letterIds)) {
            if (letter.getId() == leadId) {
                continue;
            }
            if (letter.getState() == CommentState.AWAITING_MODERATION) {
                letter.publish(null, moderator(), clock.instant());
                tellAuthor(letter);
                published++;
            }
            if (letter.getState() == CommentState.PUBLISHED) {
                letter.followCampaign(leadId);
                // Shown through its lead from now on: whoever lists or indexes it must know, even if it was published before.
                events.publishEvent(new CommentDecided(letter.getId(), letter.getState()));
            }
        }
        comments.flush();
        lead.leadCampaign(1 + (int) comments.countByCampaignLeadId(leadId));
        comments.flush();
        return published;
    }

    /** A hidden comment (reported by the public) stays published after all and shows again. */
    @Transactional
    public void keepAfterReports(long commentId) {
        Comment comment = find(commentId);
        comment.keepAfterReports(moderator(), clock.instant());
        comments.flush();
        events.publishEvent(new CommentDecided(commentId, comment.getState()));
    }

    /** A hidden comment (reported by the public) is withdrawn; its author is told the reason. */
    @Transactional
    public void withdrawAfterReports(long commentId, String reason) {
        Comment comment = find(commentId);
        comment.withdrawAfterReports(reason, moderator(), clock.instant());
        comments.flush();
        tellAuthor(comment);
    }

    /** The campaign a published, shown letter belongs to: its lead (itself when it leads one), if any. */
    @Transactional(readOnly = true)
    public Optional<Long> shownCampaignLeadOf(long commentId) {
        return comments.findById(commentId)
                .filter(c -> c.getState() == CommentState.PUBLISHED && c.getHiddenAt() == null)
                .map(c -> c.getCampaignLeadId() == null ? c.getId() : c.getCampaignLeadId());
    }

    /** The comments with these ids, as moderators see them. */
    @Transactional(readOnly = true)
    public Map<Long, CommentForModeration> forModeration(Collection<Long> commentIds) {
        return comments.findAllById(commentIds).stream().map(CommentViews::forModeration)
                .collect(Collectors.toMap(CommentForModeration::id, Function.identity()));
    }

    /** The id of the comment with this tracking number, for staff who are given the number. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber).flatMap(comments::findByTrackingNumber).map(Comment::getId);
    }

    private void tellAuthor(Comment comment) {
        events.publishEvent(new CommentDecided(comment.getId(), comment.getState()));
        outbox.queue(decisionMail.to(comment, catalog.commentTarget(comment.getDraftId(), null).draft().title()));
    }

    private String moderator() {
        return staff.require().username();
    }

    private Comment find(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new NotFoundException("Comment " + commentId));
    }
}
