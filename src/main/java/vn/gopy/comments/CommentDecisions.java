package vn.gopy.comments;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.comments.internal.Comment;
import vn.gopy.comments.internal.CommentRepository;
import vn.gopy.comments.internal.DecisionMail;
import vn.gopy.comments.internal.TrackingNumber;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.mail.MailOutbox;
import vn.gopy.security.Role;

/**
 * The decisions that make a confirmed comment public or not. The moderation queue (issue 5) drives them;
 * until it exists, tests and administrators use them directly.
 */
@Service
@RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
public class CommentDecisions {

    private final CommentRepository comments;
    private final DecisionMail decisionMail;
    private final MailOutbox outbox;
    private final DraftCatalog catalog;
    private final Clock clock;

    CommentDecisions(CommentRepository comments, DecisionMail decisionMail, MailOutbox outbox, DraftCatalog catalog,
            Clock clock) {
        this.comments = comments;
        this.decisionMail = decisionMail;
        this.outbox = outbox;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Publishes a comment that awaits moderation, and tells its author. */
    @Transactional
    public void publish(long commentId) {
        Comment comment = find(commentId);
        comment.publish(clock.instant());
        tellAuthor(comment);
    }

    /** Decides not to publish a comment that awaits moderation; its author is told the reason. */
    @Transactional
    public void reject(long commentId, String reason) {
        Comment comment = find(commentId);
        comment.reject(reason, clock.instant());
        tellAuthor(comment);
    }

    private void tellAuthor(Comment comment) {
        outbox.queue(decisionMail.to(comment, catalog.commentTarget(comment.getDraftId(), null).draft().title()));
    }

    /** The id of the comment with this tracking number, for staff who are given the number. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber).flatMap(comments::findByTrackingNumber).map(Comment::getId);
    }

    private Comment find(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new NotFoundException("Comment " + commentId));
    }
}
