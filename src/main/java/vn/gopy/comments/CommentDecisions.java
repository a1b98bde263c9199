package vn.gopy.comments;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.comments.internal.Comment;
import vn.gopy.comments.internal.CommentRepository;
import vn.gopy.comments.internal.TrackingNumber;
import vn.gopy.common.NotFoundException;
import vn.gopy.security.Role;

/**
 * The decisions that make a confirmed comment public or not. The moderation queue (issue 5) drives them;
 * until it exists, tests and administrators use them directly.
 */
@Service
@RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
public class CommentDecisions {

    private final CommentRepository comments;
    private final Clock clock;

    CommentDecisions(CommentRepository comments, Clock clock) {
        this.comments = comments;
        this.clock = clock;
    }

    /** Publishes a comment that awaits moderation. */
    @Transactional
    public void publish(long commentId) {
        find(commentId).publish(clock.instant());
    }

    /** Decides not to publish a comment that awaits moderation; the reason is shown to its author. */
    @Transactional
    public void reject(long commentId, String reason) {
        find(commentId).reject(reason, clock.instant());
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
