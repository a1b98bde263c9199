package vn.gopy.moderation.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.gopy.comments.CommenterKind;
import vn.gopy.moderation.Flag;

/** A comment's place in the moderators' queue: what the queue filters on, and whether it still waits. */
@Entity
@Table(name = "moderation_item")
public class ModerationItem {

    @Id
    private long commentId;
    private long draftId;
    private long agencyId;
    private String articleLabel;
    @Enumerated(EnumType.STRING)
    private CommenterKind commenterKind;
    private Instant confirmedAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] flags = new String[0];
    private Long groupId;
    private boolean waiting = true;

    protected ModerationItem() {
    }

    public ModerationItem(long commentId, long draftId, long agencyId, String articleLabel, CommenterKind kind,
            Instant confirmedAt, Set<Flag> flags) {
        this.commentId = commentId;
        this.draftId = draftId;
        this.agencyId = agencyId;
        this.articleLabel = articleLabel;
        this.commenterKind = kind;
        this.confirmedAt = confirmedAt;
        this.flags = flags.stream().map(Flag::name).sorted().toArray(String[]::new);
    }

    public void decided() {
        waiting = false;
    }

    /** Reported by the public after publication: back in the queue, flagged, until a moderator looks again. */
    public void reported() {
        Set<Flag> current = flags();
        current.add(Flag.REPORTED);
        flags = current.stream().map(Flag::name).sorted().toArray(String[]::new);
        waiting = true;
    }

    public void joinGroup(long groupId) {
        this.groupId = groupId;
    }

    public Set<Flag> flags() {
        Set<Flag> set = EnumSet.noneOf(Flag.class);
        for (String flag : flags) {
            set.add(Flag.valueOf(flag));
        }
        return set;
    }

    public boolean isReported() {
        return flags().contains(Flag.REPORTED);
    }

    public long getCommentId() { return commentId; }
    public long getDraftId() { return draftId; }
    public long getAgencyId() { return agencyId; }
    public String getArticleLabel() { return articleLabel; }
    public CommenterKind getCommenterKind() { return commenterKind; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Long getGroupId() { return groupId; }
    public boolean isWaiting() { return waiting; }
}
