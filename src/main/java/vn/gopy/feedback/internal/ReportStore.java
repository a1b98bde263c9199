package vn.gopy.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gopy.common.FileKind;

/** The published reception reports, as they were published (table {@code reception_report}). */
@Repository
public class ReportStore {

    public record Stored(Instant publishedAt, boolean hasPdf, boolean edited) {}

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Publishes, or replaces what was published (an edited version after the generated one). */
    public void save(long draftId, byte[] pdf, byte[] docx, boolean edited, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO reception_report (draft_id, published_at, published_by, pdf, docx, edited)
                VALUES (:draft, :at, :by, :pdf, :docx, :edited)
                ON CONFLICT (draft_id) DO UPDATE SET published_at = EXCLUDED.published_at,
                    published_by = EXCLUDED.published_by, pdf = EXCLUDED.pdf, docx = EXCLUDED.docx,
                    edited = EXCLUDED.edited""")
                .param("draft", draftId).param("at", Timestamp.from(at)).param("by", by).param("pdf", pdf)
                .param("docx", docx).param("edited", edited).update();
    }

    public Optional<Stored> find(long draftId) {
        return jdbc.sql("SELECT published_at, pdf IS NOT NULL, edited FROM reception_report WHERE draft_id = ?")
                .param(draftId)
                .query((rs, n) -> new Stored(rs.getTimestamp(1).toInstant(), rs.getBoolean(2), rs.getBoolean(3)))
                .optional();
    }

    public Optional<byte[]> file(long draftId, FileKind format) {
        String column = format == FileKind.PDF ? "pdf" : "docx";
        return jdbc.sql("SELECT " + column + " FROM reception_report WHERE draft_id = ? AND " + column
                        + " IS NOT NULL")
                .param(draftId).query((rs, n) -> rs.getBytes(1)).optional();
    }
}
