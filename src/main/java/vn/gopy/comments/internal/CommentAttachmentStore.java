package vn.gopy.comments.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bytes of comments' attachments, kept apart so that lists of comments never load them. */
@Repository
public class CommentAttachmentStore {

    private final JdbcClient jdbc;

    CommentAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long attachmentId, byte[] content) {
        jdbc.sql("INSERT INTO comment_attachment_content (attachment_id, content) VALUES (?, ?)")
                .params(attachmentId, content).update();
    }

    public Optional<byte[]> load(long attachmentId) {
        return jdbc.sql("SELECT content FROM comment_attachment_content WHERE attachment_id = ?")
                .param(attachmentId).query(byte[].class).optional();
    }
}
