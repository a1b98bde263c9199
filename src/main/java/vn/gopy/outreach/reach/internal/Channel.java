package vn.gopy.outreach.reach.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gopy.outreach.reach.ChannelKind;

/** A channel that spreads one draft, with its own short code. Retiring keeps it and its counts. */
@Entity
@Table(name = "outreach_channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long draftId;
    @Enumerated(EnumType.STRING)
    private ChannelKind kind;
    private String name;
    private String note;
    private String code;
    private String createdBy;
    private Instant createdAt;
    private Instant retiredAt;

    protected Channel() {
    }

    public Channel(long draftId, ChannelKind kind, String name, String note, String code, String createdBy,
            Instant now) {
        this.draftId = draftId;
        this.kind = kind;
        this.name = name;
        this.note = note;
        this.code = code;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Its link stops counting and leads to the draft as a plain link; retiring twice changes nothing. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public ChannelKind getKind() { return kind; }
    public String getName() { return name; }
    public String getNote() { return note; }
    public String getCode() { return code; }
    public Instant getCreatedAt() { return createdAt; }
}
