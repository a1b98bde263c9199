package vn.gopy.drafts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A document attached to a draft. Its bytes live apart (attachment_content) and load only for download. */
@Entity
@Table(name = "draft_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;
    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(Draft draft, AttachmentKind kind, String fileName, String mediaType, long sizeBytes, String sha256,
            Instant now) {
        this.draft = draft;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    AttachmentInfo info() {
        return new AttachmentInfo(id, kind, fileName, mediaType, sizeBytes, uploadedAt);
    }
}
