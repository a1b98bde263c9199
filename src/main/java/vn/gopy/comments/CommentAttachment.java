package vn.gopy.comments;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A PDF attached to a comment: its name and size; the bytes are in {@link CommentAttachmentStore}. */
@Entity
@Table(name = "comment_attachment")
public class CommentAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    private Comment comment;
    private int position;
    private String fileName;
    private long sizeBytes;

    protected CommentAttachment() {
    }

    CommentAttachment(Comment comment, int position, String fileName, long sizeBytes) {
        this.comment = comment;
        this.position = position;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getFileName() { return fileName; }
    public long getSizeBytes() { return sizeBytes; }
}
