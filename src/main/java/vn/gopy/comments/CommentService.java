package vn.gopy.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.comments.internal.CheckedSubmission;
import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentAttachment;
import vn.gopy.comments.internal.CommentAttachmentStore;
import vn.gopy.comments.internal.CommentReports;
import vn.gopy.comments.internal.CommentRepository;
import vn.gopy.comments.internal.CommentSettings;
import vn.gopy.comments.internal.CommentViews;
import vn.gopy.comments.internal.ConfirmationMail;
import vn.gopy.comments.internal.ConfirmationToken;
import vn.gopy.comments.internal.PublishedComments;
import vn.gopy.comments.internal.SubmissionCheck;
import vn.gopy.comments.internal.SubmissionLimits;
import vn.gopy.comments.internal.TrackingNumber;
import vn.gopy.common.FileKind;
import vn.gopy.common.InputCheck;
import vn.gopy.common.NotFoundException;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.AttachmentFile;
import vn.gopy.drafts.CommentTarget;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.PageOf;
import vn.gopy.mail.MailOutbox;

/**
 * What anyone may do with comments, without an account: submit one, confirm it from the mail, follow it
 * with its tracking number, and read the published comments of a draft.
 */
@Service
public class CommentService {

    private final SubmissionCheck check;
    private final SubmissionLimits limits;
    private final CommentRepository comments;
    private final CommentAttachmentStore attachmentStore;
    private final CommentReports reports;
    private final DraftCatalog catalog;
    private final ConfirmationMail confirmationMail;
    private final MailOutbox outbox;
    private final ApplicationEventPublisher events;
    private final CommentSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CommentService(SubmissionCheck check, SubmissionLimits limits, CommentRepository comments,
            CommentAttachmentStore attachmentStore, CommentReports reports, DraftCatalog catalog, ConfirmationMail confirmationMail,
            MailOutbox outbox, ApplicationEventPublisher events, CommentSettings settings,
            PlatformTransactionManager transactions, Clock clock) {
        this.check = check;
        this.limits = limits;
        this.comments = comments;
        this.attachmentStore = attachmentStore;
        this.reports = reports;
        this.catalog = catalog;
        this.confirmationMail = confirmationMail;
        this.outbox = outbox;
        this.events = events;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Stores the comment as awaiting confirmation and queues the confirmation mail, in one transaction.
     * The same comment sent again (same draft, article, e-mail address and text) returns the first receipt.
     *
     * @param clientAddress the submitter's IP address, for the rate limit
     * @throws vn.gopy.common.InvalidInputException every problem with the form, field by field
     * @throws ConsultationClosedException when the consultation is not open now
     * @throws TooManyCommentsException when this address or e-mail address sent too many comments lately
     * @throws NotFoundException when the draft or the article is not public
     */
    public Receipt submit(CommentSubmission submission, String clientAddress) {
        CheckedSubmission checked = check.check(submission);
        Optional<Receipt> earlier = firstReceipt(checked);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CommentTarget target = catalog.commentTarget(checked.draftId(), checked.articleLabel());
        if (!target.isOpen()) {
            throw new ConsultationClosedException(checked.draftId(), target.draft().status());
        }
        limits.take(clientAddress, checked.email());
        try {
            return transaction.execute(status -> store(checked, target));
        } catch (DataIntegrityViolationException e) {
            // The same comment arrived twice at once (a double click on a slow line): the first one won.
            return firstReceipt(checked).orElseThrow(() -> e);
        }
    }

    private Optional<Receipt> firstReceipt(CheckedSubmission checked) {
        return comments.findByDuplicateKey(checked.duplicateKey()).map(c -> new Receipt(c.getTrackingNumber(), true));
    }

    private Receipt store(CheckedSubmission checked, CommentTarget target) {
        Instant now = clock.instant();
        ConfirmationToken token = ConfirmationToken.generate();
        CheckedSubmission canonical = withLabel(checked, target.articleLabel());
        Comment comment = comments.saveAndFlush(Comment.submitted(canonical, target.versionNumber(),
                TrackingNumber.generate(), token.hash(), now, now.plus(settings.confirmationValidity())));
        for (CommentAttachment attachment : comment.getAttachments()) {
            attachmentStore.save(attachment.getId(), checked.attachments().get(attachment.getPosition()).content());
        }
        outbox.queue(confirmationMail.to(comment, target, token.token()));
        return new Receipt(comment.getTrackingNumber(), false);
    }

    /** The article label as the draft writes it ("12a", not "12A" as typed in an address). */
    private static CheckedSubmission withLabel(CheckedSubmission s, String label) {
        return new CheckedSubmission(s.draftId(), label, s.text(), s.email(), s.name(), s.publishName(), s.kind(),
                s.organisation(), s.provinceCode(), s.sectorCode(), s.businessSize(), s.mayContact(), s.language(), s.attachments(),
                s.duplicateKey(), s.referral());
    }

    /** What a comment form is about: the draft, whether it is open now, and the article (null: whole draft). */
    public CommentTarget target(long draftId, String articleLabel) {
        return catalog.commentTarget(draftId, articleLabel);
    }

    /** Opens a confirmation link's token. Expired, used or unknown tokens change nothing. */
    @Transactional
    public ConfirmationOutcome confirm(String token) {
        if (!ConfirmationToken.looksValid(token)) {
            return new ConfirmationOutcome(ConfirmationOutcome.Result.INVALID, null);
        }
        return comments.findByConfirmationTokenHash(ConfirmationToken.hashOf(token)).map(comment -> {
            ConfirmationOutcome.Result result = comment.confirm(clock.instant());
            if (result == ConfirmationOutcome.Result.CONFIRMED) {
                events.publishEvent(new CommentConfirmed(comment.getId(), comment.getDraftId(),
                        comment.getArticleLabel(), comment.getCommenterKind(), comment.getText(), comment.getConfirmedAt(),
                        comment.getReferral()));
            }
            return new ConfirmationOutcome(result, comment.getTrackingNumber());
        }).orElse(new ConfirmationOutcome(ConfirmationOutcome.Result.INVALID, null));
    }

    /**
     * A comment, for whoever knows both its tracking number (typed in any case, with or without dashes,
     * O for 0 and I or L for 1 forgiven) and its author's e-mail address; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<TrackedComment> track(String trackingNumber, String email) {
        return authored(trackingNumber, email).map(this::tracked);
    }

    private TrackedComment tracked(Comment comment) {
        try {
            CommentTarget target = catalog.commentTarget(comment.getDraftId(), comment.getArticleLabel());
            return CommentViews.tracked(comment, target.draft().title(), target.articleTitle());
        } catch (NotFoundException e) {
            // The article is gone from the current text (or the draft from public view): say what we still know.
            String title = comment.getArticleLabel() == null ? "" : draftTitleOrEmpty(comment.getDraftId());
            return CommentViews.tracked(comment, title, null);
        }
    }

    private String draftTitleOrEmpty(long draftId) {
        try {
            return catalog.commentTarget(draftId, null).draft().title();
        } catch (NotFoundException e) {
            return "";
        }
    }

    private Optional<Comment> authored(String trackingNumber, String email) {
        return TrackingNumber.parse(trackingNumber).flatMap(comments::findByTrackingNumber)
                .filter(c -> email != null && c.getEmail().equalsIgnoreCase(email.strip()));
    }

    /**
     * Sends a fresh confirmation link (the old one stops working) while a comment awaits confirmation;
     * does nothing for a comment that is confirmed already or for a wrong number or address.
     *
     * @throws TooManyCommentsException when this address or e-mail address asked too often lately
     */
    @Transactional
    public boolean resendConfirmation(String trackingNumber, String email, String clientAddress) {
        Optional<Comment> found = authored(trackingNumber, email)
                .filter(c -> c.getState() == CommentState.AWAITING_CONFIRMATION);
        if (found.isEmpty()) {
            return false;
        }
        Comment comment = found.get();
        limits.take(clientAddress, comment.getEmail());
        ConfirmationToken token = ConfirmationToken.generate();
        comment.renewConfirmation(token.hash(), clock.instant().plus(settings.confirmationValidity()));
        CommentTarget target = catalog.commentTarget(comment.getDraftId(), comment.getArticleLabel());
        outbox.queue(confirmationMail.to(comment, target, token.token()));
        return true;
    }

    /** Where people write to see or delete their personal data (the privacy notice names it). */
    public String privacyContact() {
        return settings.privacyContact();
    }

    /** How long a confirmation link works. */
    public Duration confirmationValidity() {
        return settings.confirmationValidity();
    }

    /** Checks a typed tracking number: true when its check character matches. */
    public boolean isWellFormedTrackingNumber(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber).isPresent();
    }

    @Transactional(readOnly = true)
    public PageOf<PublishedComment> published(CommentQuery query) {
        Page<Comment> page = comments.findAll(PublishedComments.matching(query),
                PageRequest.of(query.page(), query.pageSize(), PublishedComments.order(query.order())));
        return new PageOf<>(page.map(CommentViews::published).getContent(), page.getNumber(), query.pageSize(),
                page.getTotalElements());
    }

    /**
     * Reports a published comment (anyone may); each address counts once per comment. When the reports reach
     * {@code gopy.comments.reports-to-hide}, the comment is hidden until a moderator looks again.
     *
     * @return false when this address had reported the comment already (nothing changes)
     */
    @Transactional
    public boolean report(long commentId, ReportReason reason, String note, String clientAddress) {
        String cleanNote = note == null || note.isBlank() ? null : PlainText.normalise(note).strip();
        new InputCheck().require(reason != null, "reason", "common.error.required")
                .optionalText("note", cleanNote, 500).throwIfInvalid();
        Comment comment = comments.findById(commentId)
                .filter(c -> c.getState() == CommentState.PUBLISHED && c.getHiddenAt() == null)
                .orElseThrow(() -> new NotFoundException("Published comment " + commentId));
        if (!reports.add(commentId, reason, cleanNote, String.valueOf(clientAddress), clock.instant())) {
            return false;
        }
        if (comment.report(settings.reportsToHide(), clock.instant())) {
            events.publishEvent(new CommentHidden(commentId, comment.getDraftId(), comment.getReportCount()));
        }
        return true;
    }

    /** How many published comments each article drew, by article label; the whole draft's under {@code null}. */
    @Transactional(readOnly = true)
    public Map<String, Long> publishedCountsByArticle(long draftId) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : comments.countPublishedByArticle(draftId)) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** An attachment of a published comment, for download. */
    @Transactional(readOnly = true)
    public AttachmentFile publishedAttachment(long attachmentId) {
        CommentAttachment attachment = comments.findPublishedAttachment(attachmentId)
                .orElseThrow(() -> new NotFoundException("Comment attachment " + attachmentId));
        byte[] content = attachmentStore.load(attachmentId)
                .orElseThrow(() -> new NotFoundException("Content of comment attachment " + attachmentId));
        return new AttachmentFile(attachment.getFileName(), FileKind.PDF.mediaType(), content);
    }
}
