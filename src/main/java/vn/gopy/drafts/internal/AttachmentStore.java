package vn.gopy.drafts.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bytes of attachments, kept apart from their metadata so that lists never load them. */
@Repository
public class AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long attachmentId, byte[] content) {
        jdbc.sql("INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")
                .params(attachmentId, content).update();
    }

    public Optional<byte[]> load(long attachmentId) {
        return jdbc.sql("SELECT content FROM attachment_content WHERE attachment_id = ?")
                .param(attachmentId).query(byte[].class).optional();
    }
}
