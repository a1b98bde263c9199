package vn.gopy.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.gopy.comments.ConfirmationOutcome.Result;
import vn.gopy.comments.internal.CheckedSubmission;
import vn.gopy.drafts.BusinessSize;

/**
 * A comment and its life: submitted, confirmed by its author from the mail, then published or not by a
 * moderator. The state changes and their rules live here; the service only orchestrates.
 */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String trackingNumber;
    private long draftId;
    private int draftVersion;
    private String articleLabel;
    private String text;
    private String email;
    private String authorName;
    private boolean publishName;
    @Enumerated(EnumType.STRING)
    private CommenterKind commenterKind;
    private String organisation;
    private String provinceCode;
    private String sectorCode;
    @Enumerated(EnumType.STRING)
    private BusinessSize businessSize;
    private String language;
    @Enumerated(EnumType.STRING)
    private CommentState state;
    private Instant submittedAt;
    private Instant consentedAt;
    private boolean mayContact;
    private String confirmationTokenHash;
    private Instant confirmationExpiresAt;
    private Instant confirmedAt;
    private Instant decidedAt;
    private String decisionReason;
    private String duplicateKey;
    /** Two moderators deciding at once: the second one's change fails instead of overwriting the first. */
    @Version
    private long version;
    /** The text as published when a moderator masked part of it; null when published as written. */
    private String publishedText;
    private String decidedBy;
    /** For a form letter published as a campaign: the comment shown for all of them (null otherwise). */
    private Long campaignLeadId;
    /** How many people sent the campaign this comment is shown for (1 for an ordinary comment). */
    private int campaignSize = 1;
    private int reportCount;
    private Instant hiddenAt;
    /** The code of the way its author arrived (see {@link Referral}); null for most comments. */
    private String referral;
    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CommentAttachment> attachments = new ArrayList<>();

    protected Comment() {
    }

    /** A new comment awaiting its author's confirmation; its author consented to the notice at {@code now}. */
    public static Comment submitted(CheckedSubmission s, int draftVersion, String trackingNumber, String tokenHash,
            Instant now, Instant confirmationExpiresAt) {
        Comment c = new Comment();
        c.trackingNumber = trackingNumber;
        c.draftId = s.draftId();
        c.draftVersion = draftVersion;
        c.articleLabel = s.articleLabel();
        c.text = s.text();
        c.email = s.email();
        c.authorName = s.name();
        c.publishName = s.publishName();
        c.commenterKind = s.kind();
        c.organisation = s.organisation();
        c.provinceCode = s.provinceCode();
        c.sectorCode = s.sectorCode();
        c.businessSize = s.businessSize();
        c.language = s.language();
        c.state = CommentState.AWAITING_CONFIRMATION;
        c.submittedAt = now;
        c.consentedAt = now;
        c.mayContact = s.mayContact();
        c.confirmationTokenHash = tokenHash;
        c.confirmationExpiresAt = confirmationExpiresAt;
        c.duplicateKey = s.duplicateKey();
        c.referral = s.referral();
        for (CheckedSubmission.Pdf pdf : s.attachments()) {
            c.attachments.add(new CommentAttachment(c, c.attachments.size(), pdf.fileName(), pdf.content().length));
        }
        return c;
    }

    /** Opening the confirmation link: only once, and only within its validity. */
    public Result confirm(Instant now) {
        if (state != CommentState.AWAITING_CONFIRMATION) {
            return Result.ALREADY_CONFIRMED;
        }
        if (!now.isBefore(confirmationExpiresAt)) {
            return Result.EXPIRED;
        }
        state = CommentState.AWAITING_MODERATION;
        confirmedAt = now;
        return Result.CONFIRMED;
    }

    /** A fresh link for an author who lost or let expire the first; the old link stops working. */
    public void renewConfirmation(String tokenHash, Instant expiresAt) {
        if (state != CommentState.AWAITING_CONFIRMATION) {
            throw new IllegalStateException("Comment " + trackingNumber + " is confirmed already");
        }
        confirmationTokenHash = tokenHash;
        confirmationExpiresAt = expiresAt;
    }

    /** Publishes the comment as written, or with parts masked ({@code maskedText}, null for none). */
    public void publish(String maskedText, String moderator, Instant now) {
        requireAwaitingModeration();
        state = CommentState.PUBLISHED;
        publishedText = maskedText;
        decidedAt = now;
        decidedBy = moderator;
        decisionReason = null;
    }

    public void reject(String reason, String moderator, Instant now) {
        requireAwaitingModeration();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A comment is not published for a reason its author is told");
        }
        state = CommentState.NOT_PUBLISHED;
        decidedAt = now;
        decidedBy = moderator;
        decisionReason = reason.strip();
    }

    /** Published as one of a campaign's letters: shown once, through its lead. */
    public void followCampaign(long leadId) {
        if (state != CommentState.PUBLISHED) {
            throw new IllegalStateException("Only a published comment joins a published campaign");
        }
        campaignLeadId = leadId == id ? null : leadId;
    }

    public void leadCampaign(int size) {
        campaignLeadId = null;
        campaignSize = size;
    }

    /** One more report from the public; true when this one hides the comment until a moderator looks again. */
    public boolean report(int reportsToHide, Instant now) {
        if (state != CommentState.PUBLISHED) {
            throw new IllegalStateException("Only published comments can be reported");
        }
        reportCount++;
        if (hiddenAt == null && reportCount >= reportsToHide) {
            hiddenAt = now;
            return true;
        }
        return false;
    }

    /** A moderator looked again at a hidden comment and keeps it published: it shows again, reports start over. */
    public void keepAfterReports(String moderator, Instant now) {
        requireHidden();
        hiddenAt = null;
        reportCount = 0;
        decidedBy = moderator;
    }

    /** A moderator looked again at a hidden comment and withdraws it, with a reason its author is told. */
    public void withdrawAfterReports(String reason, String moderator, Instant now) {
        requireHidden();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A comment is withdrawn for a reason its author is told");
        }
        state = CommentState.NOT_PUBLISHED;
        decidedAt = now;
        decidedBy = moderator;
        decisionReason = reason.strip();
    }

    private void requireHidden() {
        if (state != CommentState.PUBLISHED || hiddenAt == null) {
            throw new AlreadyDecidedException(trackingNumber);
        }
    }

    private void requireAwaitingModeration() {
        if (state != CommentState.AWAITING_MODERATION) {
            throw new AlreadyDecidedException(trackingNumber);
        }
    }

    /** The text the public sees: with the moderator's masks, if any. */
    public String publicText() {
        return publishedText != null ? publishedText : text;
    }

    /** The name the public sees: only with the author's consent. */
    public String publicName() {
        return publishName ? authorName : null;
    }

    public Long getId() { return id; }
    public String getTrackingNumber() { return trackingNumber; }
    public long getDraftId() { return draftId; }
    public int getDraftVersion() { return draftVersion; }
    public String getArticleLabel() { return articleLabel; }
    public String getText() { return text; }
    public String getEmail() { return email; }
    /** Whether the author agreed that the drafting agency may write to them: only then may drafters see the address. */
    public boolean mayContact() { return mayContact; }
    public String getAuthorName() { return authorName; }
    public CommenterKind getCommenterKind() { return commenterKind; }
    public String getOrganisation() { return organisation; }
    public String getProvinceCode() { return provinceCode; }
    public String getSectorCode() { return sectorCode; }
    public BusinessSize getBusinessSize() { return businessSize; }
    public String getLanguage() { return language; }
    public CommentState getState() { return state; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getConfirmationExpiresAt() { return confirmationExpiresAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getReferral() { return referral; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public List<CommentAttachment> getAttachments() { return List.copyOf(attachments); }
    public String getDecidedBy() { return decidedBy; }
    public Long getCampaignLeadId() { return campaignLeadId; }
    public int getCampaignSize() { return campaignSize; }
    public int getReportCount() { return reportCount; }
    public Instant getHiddenAt() { return hiddenAt; }
    public boolean isMasked() { return publishedText != null; }
}
