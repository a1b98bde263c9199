package vn.gopy.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gopy.comments.CommenterKind;
import vn.gopy.feedback.AnswerFilter;
import vn.gopy.feedback.AnswerItem;
import vn.gopy.feedback.Outcome;

/**
 * The comments a drafter answers: a draft's published comments, each campaign once (its lead, with the number
 * of senders), oldest first, with their answers. Read by SQL from the comments' table (see decision 0018).
 */
@Repository
public class AnswerItems {

    private static final String COLUMNS = """
            c.id, c.tracking_number, c.article_label, c.commenter_kind, c.organisation,
            CASE WHEN c.publish_name THEN c.author_name END AS name,
            CASE WHEN c.may_contact THEN c.email END AS email,
            c.province_code, c.text, c.campaign_size, c.confirmed_at,
            d.outcome, d.explanation, d.changed_article, d.answered_by, d.answered_at""";

    private final JdbcClient jdbc;

    AnswerItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AnswerItem> page(long draftId, AnswerFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + COLUMNS + " FROM comment c LEFT JOIN disposition d ON d.comment_id = c.id"
                + where(draftId, filter, params) + " ORDER BY c.confirmed_at, c.id LIMIT :limit OFFSET :offset";
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql).params(params).query(AnswerItems::item).list();
    }

    public long count(long draftId, AnswerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT count(*) FROM comment c LEFT JOIN disposition d ON d.comment_id = c.id"
                + where(draftId, filter, params);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** All of a draft's shown published comments, in the order of the draft's articles' first comment. */
    public List<AnswerItem> all(long draftId) {
        return page(draftId, AnswerFilter.all(), 0, Integer.MAX_VALUE);
    }

    private static String where(long draftId, AnswerFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("c.draft_id = :draft", "c.state = 'PUBLISHED'",
                "c.campaign_lead_id IS NULL"));
        params.put("draft", draftId);
        if (AnswerFilter.WHOLE_DRAFT.equals(filter.article())) {
            conditions.add("c.article_label IS NULL");
        } else if (filter.article() != null) {
            conditions.add("lower(c.article_label) = lower(:article)");
            params.put("article", filter.article());
        }
        if (filter.kind() != null) {
            conditions.add("c.commenter_kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.unansweredOnly()) {
            conditions.add("d.comment_id IS NULL");
        } else if (filter.outcome() != null) {
            conditions.add("d.outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static AnswerItem item(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new AnswerItem(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("article_label"),
                CommenterKind.valueOf(rs.getString("commenter_kind")), rs.getString("organisation"),
                rs.getString("name"), rs.getString("email"), rs.getString("province_code"), rs.getString("text"),
                rs.getInt("campaign_size"), rs.getTimestamp("confirmed_at").toInstant(),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("explanation"),
                rs.getString("changed_article"), rs.getString("answered_by"),
                rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant());
    }
}
