package vn.gopy.feedback.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gopy.comments.CommenterKind;
import vn.gopy.feedback.Outcome;

/**
 * The published comments of a draft as the public report shows them: their published (masked) text, never the
 * original; the name only if the author published it; each campaign once. Read by SQL (decision 0018).
 */
@Repository
public class ReportEntries {

    public record Row(String trackingNumber, String articleLabel, CommenterKind kind, String organisation,
            String name, String provinceCode, String text, int senders, Outcome outcome, String explanation,
            String changedArticle) {}

    private final JdbcClient jdbc;

    ReportEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> of(long draftId) {
        return jdbc.sql("""
                SELECT c.tracking_number, c.article_label, c.commenter_kind, c.organisation,
                       CASE WHEN c.publish_name THEN c.author_name END, c.province_code,
                       COALESCE(c.published_text, c.text), c.campaign_size,
                       d.outcome, d.explanation, d.changed_article
                FROM comment c LEFT JOIN disposition d ON d.comment_id = c.id
                WHERE c.draft_id = ? AND c.state = 'PUBLISHED' AND c.campaign_lead_id IS NULL
                ORDER BY c.confirmed_at, c.id""")
                .param(draftId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), CommenterKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                        rs.getString(9) == null ? null : Outcome.valueOf(rs.getString(9)), rs.getString(10),
                        rs.getString(11)))
                .list();
    }

    /** Every author of a confirmed comment, to tell them the report is out: tracking number, address, language. */
    public record Author(String trackingNumber, String email, String language) {}

    public List<Author> authors(long draftId) {
        return jdbc.sql("""
                SELECT tracking_number, email, language FROM comment
                WHERE draft_id = ? AND state IN ('PUBLISHED', 'NOT_PUBLISHED') ORDER BY id""")
                .param(draftId).query((rs, n) -> new Author(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<Long> commentId(long draftId, String trackingNumber) {
        return jdbc.sql("SELECT id FROM comment WHERE draft_id = ? AND tracking_number = ?")
                .param(draftId).param(trackingNumber).query(Long.class).optional();
    }
}
