package vn.gopy.comments;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.gopy.drafts.AttachmentFile;
import vn.gopy.drafts.CommentTarget;
import vn.gopy.drafts.PageOf;

/**
 * What anyone may do with comments, without an account: submit one, confirm it from the mail, follow it
 * with its tracking number, and read the published comments of a draft.
 */
@Service
public class CommentService {

    /**
     * Stores the comment as awaiting confirmation and queues the confirmation mail, in one transaction.
     * The same comment sent again (same draft, article, e-mail address and text) returns the first receipt.
     *
     * @param clientAddress the submitter's IP address, for the rate limit
     * @throws vn.gopy.common.InvalidInputException every problem with the form, field by field
     * @throws ConsultationClosedException when the consultation is not open now
     * @throws TooManyCommentsException when this address or e-mail address sent too many comments lately
     * @throws vn.gopy.common.NotFoundException when the draft or the article is not public
     */
    public Receipt submit(CommentSubmission submission, String clientAddress) {
        throw new UnsupportedOperationException();
    }

    /** What a comment form is about: the draft, whether it is open now, and the article (null: whole draft). */
    public CommentTarget target(long draftId, String articleLabel) {
        throw new UnsupportedOperationException();
    }

    /** Opens a confirmation link's token. Expired, used or unknown tokens change nothing. */
    public ConfirmationOutcome confirm(String token) {
        throw new UnsupportedOperationException();
    }

    /**
     * A comment, for whoever knows both its tracking number (typed in any case, with or without dashes,
     * O for 0 and I or L for 1 forgiven) and its author's e-mail address; empty otherwise.
     */
    public Optional<TrackedComment> track(String trackingNumber, String email) {
        throw new UnsupportedOperationException();
    }

    /** Sends a fresh confirmation link (the old one stops working) while a comment awaits confirmation. */
    public void resendConfirmation(String trackingNumber, String email, String clientAddress) {
        throw new UnsupportedOperationException();
    }

    /** Checks a typed tracking number: true when its check character matches. */
    public boolean isWellFormedTrackingNumber(String trackingNumber) {
        throw new UnsupportedOperationException();
    }

    public PageOf<PublishedComment> published(CommentQuery query) {
        throw new UnsupportedOperationException();
    }

    /** How many published comments each article drew, by article label; the whole draft's under {@code null}. */
    public Map<String, Long> publishedCountsByArticle(long draftId) {
        throw new UnsupportedOperationException();
    }

    /** An attachment of a published comment, for download. */
    public AttachmentFile publishedAttachment(long attachmentId) {
        throw new UnsupportedOperationException();
    }
}
