package vn.gopy.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.Outcome;

/**
 * Writes answers. A campaign's lead carries the answer for all its letters, and each letter gets its own row, so
 * that every author's tracking page, the exports and the progress read one row per comment. The comments'
 * state is read from the comments' table: answering is reporting on what was published, not a change to it.
 */
@Repository
public class DispositionStore {

    /** Where a comment stands for answering: its draft, whether it is published, and its campaign's lead. */
    public record Target(long commentId, long draftId, boolean published, long leadId) {}

    private final JdbcClient jdbc;

    DispositionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Target> target(long commentId) {
        return jdbc.sql("""
                SELECT id, draft_id, state = 'PUBLISHED' AS published, COALESCE(campaign_lead_id, id) AS lead
                FROM comment WHERE id = ?""")
                .param(commentId)
                .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getLong(4)))
                .optional();
    }

    /** Answers the comment and, if it leads a campaign, every letter of it; returns the comments answered. */
    public int answer(long leadId, Answer answer, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO disposition (comment_id, draft_id, outcome, explanation, changed_article, answered_by,
                                         answered_at)
                SELECT id, draft_id, :outcome, :explanation, :article, :by, :at FROM comment
                WHERE (id = :lead OR campaign_lead_id = :lead) AND state = 'PUBLISHED'
                ON CONFLICT (comment_id) DO UPDATE SET outcome = EXCLUDED.outcome,
                    explanation = EXCLUDED.explanation, changed_article = EXCLUDED.changed_article,
                    answered_by = EXCLUDED.answered_by, answered_at = EXCLUDED.answered_at""")
                .param("outcome", answer.outcome().name()).param("explanation", answer.explanation())
                .param("article", answer.changedArticle()).param("by", by).param("at", Timestamp.from(at))
                .param("lead", leadId)
                .update();
    }

    /** Gives a published letter its campaign's answer, if the campaign has one and the letter none yet. */
    public int inheritCampaignAnswer(long commentId) {
        return jdbc.sql("""
                INSERT INTO disposition (comment_id, draft_id, outcome, explanation, changed_article, answered_by,
                                         answered_at)
                SELECT c.id, c.draft_id, d.outcome, d.explanation, d.changed_article, d.answered_by, d.answered_at
                FROM comment c JOIN disposition d ON d.comment_id = c.campaign_lead_id
                WHERE c.id = ? AND c.state = 'PUBLISHED'
                ON CONFLICT (comment_id) DO NOTHING""")
                .param(commentId).update();
    }

    /** Takes an answer back (undo), with its campaign's letters. */
    public int withdraw(long leadId) {
        return jdbc.sql("""
                DELETE FROM disposition WHERE comment_id IN
                    (SELECT id FROM comment WHERE id = :lead OR campaign_lead_id = :lead)""")
                .param("lead", leadId).update();
    }

    public long answered(long draftId) {
        return jdbc.sql("""
                SELECT count(*) FROM disposition d JOIN comment c ON c.id = d.comment_id
                WHERE d.draft_id = ? AND c.state = 'PUBLISHED'""").param(draftId).query(Long.class).single();
    }

    public long answerable(long draftId) {
        return jdbc.sql("SELECT count(*) FROM comment WHERE draft_id = ? AND state = 'PUBLISHED'")
                .param(draftId).query(Long.class).single();
    }

    /** The answer a comment got, whoever wrote it. */
    public Optional<Answer> answerOf(long commentId) {
        return jdbc.sql("SELECT outcome, explanation, changed_article FROM disposition WHERE comment_id = ?")
                .param(commentId)
                .query((rs, n) -> new Answer(Outcome.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .optional();
    }
}
