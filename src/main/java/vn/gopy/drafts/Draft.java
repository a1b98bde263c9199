package vn.gopy.drafts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.gopy.common.InputCheck;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.DraftEvents.DraftChanged;
import vn.gopy.drafts.DraftEvents.DraftClosed;
import vn.gopy.drafts.DraftEvents.DraftOpened;
import vn.gopy.drafts.DraftEvents.DraftPublished;
import vn.gopy.drafts.DraftEvents.DraftReportPublished;
import vn.gopy.drafts.DraftEvents.DraftRevised;

/**
 * A draft under consultation, the aggregate that owns its lifecycle: draft → scheduled → open → closed,
 * its versions, and the rules of its consultation window. Events are published when the draft is saved.
 */
@Entity
public class Draft extends AbstractAggregateRoot<Draft> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String referenceNumber;
    private String title;
    private String documentTypeCode;
    private Long agencyId;
    private String language;
    private String summary;
    @Enumerated(EnumType.STRING)
    private DraftStatus status = DraftStatus.DRAFT;
    @Embedded
    @AttributeOverride(name = "opensAt", column = @Column(name = "opens_at"))
    @AttributeOverride(name = "closesAt", column = @Column(name = "closes_at"))
    private ConsultationWindow window;
    private Instant publishedAt;
    private Instant reportPublishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "draft_topic", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic")
    private List<String> topics = new ArrayList<>();
    @Embedded
    private Impact impact = new Impact();
    @Embedded
    private DraftVersions versions = new DraftVersions();
    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();
    @Version
    private long version;

    protected Draft() {
    }

    /** A new draft of an agency, with an empty first version of its text; only staff can see it. */
    Draft(DraftDetails details, Instant now) {
        InputCheck check = new InputCheck();
        ConsultationWindow.inVietnam(details.opensAt(), details.closesAt()).checkOrder(check);
        check.throwIfInvalid();
        this.createdAt = now;
        this.agencyId = details.agencyId();
        this.referenceNumber = PlainText.singleLine(details.referenceNumber());
        applyDetails(details, now);
        versions.addFirst(this, now);
    }

    /**
     * Changes the details. The reference number is fixed once the draft is public, because people cite it.
     * A public draft keeps a valid window: an open consultation keeps its opening and cannot be closed
     * retroactively or shortened below the minimum; a closed one keeps its window.
     */
    void edit(DraftDetails details, Instant now, Duration minimum) {
        InputCheck check = new InputCheck();
        String reference = PlainText.singleLine(details.referenceNumber());
        check.require(status == DraftStatus.DRAFT || referenceNumber.equalsIgnoreCase(reference),
                "referenceNumber", "drafts.error.reference-fixed");
        ConsultationWindow requested = ConsultationWindow.inVietnam(details.opensAt(), details.closesAt());
        switch (status) {
            case DRAFT -> requested.checkOrder(check);
            case SCHEDULED -> requested.checkForPublication(check, now, minimum);
            case OPEN -> {
                check.require(window().opensAt().equals(requested.opensAt()), "opensAt", "drafts.error.opening-passed");
                requested.checkForPublication(check, now, minimum);
            }
            case CLOSED, REPORT_PUBLISHED -> check.require(requested.equals(window()), "closesAt", "drafts.error.window-closed");
        }
        check.throwIfInvalid();
        this.referenceNumber = reference;
        applyDetails(details, now);
        if (status.isPublic()) {
            registerEvent(new DraftChanged(id));
        }
    }

    private void applyDetails(DraftDetails details, Instant now) {
        this.title = PlainText.singleLine(details.title());
        this.documentTypeCode = details.documentTypeCode();
        this.language = details.language();
        this.summary = PlainText.normalise(details.summary()).strip();
        this.topics.clear();
        details.topics().stream().map(PlainText::singleLine).filter(t -> !t.isEmpty()).distinct()
                .forEach(topics::add);
        this.impact.replaceWith(details.impact());
        this.window = ConsultationWindow.inVietnam(details.opensAt(), details.closesAt());
        this.updatedAt = now;
    }

    /** Replaces the text of the version being written (the first one, or a revision in progress). */
    void replaceWorkingText(List<TextBlockData> text, Instant now) {
        versions.working().orElseThrow(() -> new IllegalStateException("No version is being written"))
                .replaceText(text);
        this.updatedAt = now;
    }

    /**
     * Makes the draft public. The consultation must last at least {@code minimum} from the moment it
     * really opens: the later of its opening time and now.
     */
    void publish(Instant now, Duration minimum) {
        requireUnpublished();
        InputCheck check = new InputCheck();
        window().checkForPublication(check, now, minimum);
        checkText(check);
        check.throwIfInvalid();
        becomePublic(now);
    }

    /**
     * Records a consultation that was already held or under way elsewhere (moving from an earlier portal):
     * the window is taken as it was, and the status follows from it.
     */
    void publishAsRecord(Instant now, Duration minimum) {
        requireUnpublished();
        InputCheck check = new InputCheck();
        window().checkAsHeld(check, minimum);
        checkText(check);
        check.throwIfInvalid();
        becomePublic(now);
    }

    private void requireUnpublished() {
        if (status != DraftStatus.DRAFT) {
            throw InvalidInputException.of("status", "drafts.error.already-published");
        }
    }

    private void checkText(InputCheck check) {
        check.require(versions.first().articleCount() > 0, "text", "drafts.error.text-without-articles");
    }

    private void becomePublic(Instant now) {
        versions.first().publish(null, now);
        this.publishedAt = now;
        this.status = window().phaseAt(now);
        this.updatedAt = now;
        registerEvent(new DraftPublished(id, status));
        if (status == DraftStatus.OPEN) {
            registerEvent(new DraftOpened(id));
        } else if (status == DraftStatus.CLOSED) {
            registerEvent(new DraftClosed(id));
        }
    }

    /** Follows the clock: opens a scheduled consultation and closes an open one when their time comes. */
    boolean advance(Instant now) {
        DraftStatus before = status;
        if (status == DraftStatus.SCHEDULED && !now.isBefore(window().opensAt())) {
            status = DraftStatus.OPEN;
            registerEvent(new DraftOpened(id));
        }
        if (status == DraftStatus.OPEN && !now.isBefore(window().closesAt())) {
            status = DraftStatus.CLOSED;
            registerEvent(new DraftClosed(id));
        }
        if (status != before) {
            updatedAt = now;
        }
        return status != before;
    }

    /**
     * The agency published its reception report: the consultation's last step, once it has closed. A report
     * published again (an edited version) keeps the draft where it is.
     */
    void reportPublished(Instant now) {
        if (statusAt(now) != DraftStatus.CLOSED && status != DraftStatus.REPORT_PUBLISHED) {
            throw InvalidInputException.of("status", "drafts.error.report-before-closing");
        }
        if (status != DraftStatus.REPORT_PUBLISHED) {
            status = DraftStatus.REPORT_PUBLISHED;
            reportPublishedAt = now;
            updatedAt = now;
            registerEvent(new DraftChanged(id));
            registerEvent(new DraftReportPublished(id));
        }
    }

    /** Starts a revised text from the current one; the public keeps reading the current one meanwhile. */
    void startRevision(Instant now) {
        if (!status.isPublic()) {
            throw InvalidInputException.of("status", "drafts.error.revise-unpublished");
        }
        if (versions.working().isPresent()) {
            throw InvalidInputException.of("status", "drafts.error.revision-in-progress");
        }
        versions.startRevision(this, now);
        this.updatedAt = now;
    }

    void publishRevision(String changeNote, Instant now) {
        DraftVersion revision = versions.revision()
                .orElseThrow(() -> InvalidInputException.of("status", "drafts.error.no-revision"));
        String note = PlainText.normalise(changeNote == null ? "" : changeNote).strip();
        InputCheck check = new InputCheck().requiredText("changeNote", note, 2000);
        check.require(revision.articleCount() > 0, "text", "drafts.error.text-without-articles");
        check.throwIfInvalid();
        revision.publish(note, now);
        this.updatedAt = now;
        registerEvent(new DraftRevised(id, revision.getNumber()));
    }

    void discardRevision() {
        versions.discardRevision();
    }

    Attachment attach(AttachmentKind kind, String fileName, String mediaType, long size, String sha256, Instant now) {
        Attachment attachment = new Attachment(this, kind, fileName, mediaType, size, sha256, now);
        attachments.add(attachment);
        this.updatedAt = now;
        return attachment;
    }

    boolean detach(long attachmentId) {
        return attachments.removeIf(a -> a.getId() == attachmentId);
    }

    /** Comments are accepted by the clock alone: a stale status never lets one in after closing. */
    public boolean acceptsCommentsAt(Instant now) {
        return status.isPublic() && window().contains(now);
    }

    /** The status at {@code now}, even if the clock job has not caught up yet. */
    public DraftStatus statusAt(Instant now) {
        if (status == DraftStatus.REPORT_PUBLISHED) {
            return status;
        }
        return status.isPublic() ? window().phaseAt(now) : DraftStatus.DRAFT;
    }

    /** The articles the public reads now: those of the latest published version. */
    public List<TextBlock> currentArticles() {
        return versions.current().blocks().stream().filter(b -> b.getKind() == BlockKind.ARTICLE).toList();
    }

    DraftVersions versions() { return versions; }
    List<Attachment> attachments() { return List.copyOf(attachments); }

    public ConsultationWindow window() {
        return window == null ? ConsultationWindow.unset() : window;
    }

    public Long getId() { return id; }
    public String getReferenceNumber() { return referenceNumber; }
    public String getTitle() { return title; }
    public String getDocumentTypeCode() { return documentTypeCode; }
    public long getAgencyId() { return agencyId; }
    public String getLanguage() { return language; }
    public String getSummary() { return summary; }
    public DraftStatus getStatus() { return status; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<String> getTopics() { return List.copyOf(topics); }
    public ImpactSummary impact() { return impact.toSummary(); }
}
