package vn.gopy.comments;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import vn.gopy.security.Role;

/**
 * The decisions that make a confirmed comment public or not. The moderation queue (issue 5) drives them;
 * until it exists, tests and administrators use them directly.
 */
@Service
@RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
public class CommentDecisions {

    /** Publishes a comment that awaits moderation. */
    public void publish(long commentId) {
        throw new UnsupportedOperationException();
    }

    /** Decides not to publish a comment that awaits moderation; the reason is shown to its author. */
    public void reject(long commentId, String reason) {
        throw new UnsupportedOperationException();
    }

    /** The id of the comment with this tracking number, for staff who are given the number. */
    public java.util.Optional<Long> idOf(String trackingNumber) {
        throw new UnsupportedOperationException();
    }
}
