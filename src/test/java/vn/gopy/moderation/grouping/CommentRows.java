package vn.gopy.moderation.grouping;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confirmed comments written straight into the table, thousands at a time: grouping is what is tested here, and
 * submitting through the service (rules, rate limits, mail) would only make the tests slow.
 */
final class CommentRows {

    private final JdbcClient jdbc;

    CommentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long draftId, String text) {
        return insert(draftId, List.of(text)).getFirst();
    }

    /** The new comments' ids, in the order of the texts. */
    List<Long> insert(long draftId, List<String> texts) {
        return jdbc.sql("""
                INSERT INTO comment (tracking_number, draft_id, draft_version, text, email, publish_name,
                    commenter_kind, language, state, submitted_at, consented_at, confirmation_token_hash,
                    confirmation_expires_at, confirmed_at, duplicate_key)
                SELECT 'G-' || gen_random_uuid(), :draft, 1, t.text, 'nguoi' || t.n || '@example.vn', false,
                    'INDIVIDUAL', 'vi', 'AWAITING_MODERATION', now(), now(), md5(gen_random_uuid()::text), now(), now(),
                    md5(gen_random_uuid()::text)
                FROM unnest(CAST(:texts AS text[])) WITH ORDINALITY AS t(text, n)
                ORDER BY t.n
                RETURNING id""")
                .param("draft", draftId)
                .param("texts", texts.toArray(String[]::new))
                .query(Long.class).list().stream().sorted().toList();
    }
}
