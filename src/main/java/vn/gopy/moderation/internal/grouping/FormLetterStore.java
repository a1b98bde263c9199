package vn.gopy.moderation.internal.grouping;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The groups, their members and the signatures in PostgreSQL: the truth that the in-memory index mirrors. */
final class FormLetterStore {

    record GroupRow(long id, long draftId, long representativeCommentId, int size, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FormLetterStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Fills a fresh index with every signature of the draft, in arrival order. */
    DraftIndex load(long draftId) {
        DraftIndex index = new DraftIndex();
        jdbc.sql("""
                SELECT s.comment_id, s.minhash, coalesce(m.group_id, 0) AS group_id
                FROM form_letter_signature s LEFT JOIN form_letter_member m ON m.comment_id = s.comment_id
                WHERE s.draft_id = ? ORDER BY s.comment_id""")
                .param(draftId)
                .query(rs -> {
                    index.add(rs.getLong(1), MinHash.fromBytes(rs.getBytes(2)), rs.getLong(3));
                });
        return index;
    }

    Assignment assignmentOf(long commentId) {
        return jdbc.sql("""
                SELECT g.id, g.size FROM form_letter_member m JOIN form_letter_group g ON g.id = m.group_id
                WHERE m.comment_id = ?""")
                .param(commentId)
                .query((rs, n) -> Assignment.joined(commentId, rs.getLong(1), rs.getInt(2)))
                .optional().orElse(Assignment.none(commentId));
    }

    void saveSignature(long commentId, long draftId, int[] signature) {
        jdbc.sql("INSERT INTO form_letter_signature (comment_id, draft_id, minhash) VALUES (?, ?, ?)")
                .params(commentId, draftId, MinHash.toBytes(signature)).update();
    }

    /** Adds a member and returns the group's new size. */
    int join(long groupId, long commentId) {
        jdbc.sql("INSERT INTO form_letter_member (comment_id, group_id) VALUES (?, ?)").params(commentId, groupId).update();
        return jdbc.sql("UPDATE form_letter_group SET size = size + 1 WHERE id = ? RETURNING size")
                .param(groupId).query(Integer.class).single();
    }

    /** A new group of two: the earlier comment, which becomes the representative, and the one that matched it. */
    long startGroup(long draftId, long representativeCommentId, long commentId) {
        long groupId = jdbc.sql("""
                INSERT INTO form_letter_group (draft_id, representative_comment_id, size, created_at)
                VALUES (?, ?, 2, ?) RETURNING id""")
                .params(draftId, representativeCommentId, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO form_letter_member (comment_id, group_id) VALUES (?, ?), (?, ?)")
                .params(representativeCommentId, groupId, commentId, groupId).update();
        return groupId;
    }

    void setRepresentative(long groupId, long commentId) {
        jdbc.sql("UPDATE form_letter_group SET representative_comment_id = ? WHERE id = ?").params(commentId, groupId).update();
    }

    OptionalLong groupOf(long commentId) {
        return jdbc.sql("SELECT group_id FROM form_letter_member WHERE comment_id = ?").param(commentId)
                .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    Optional<GroupRow> group(long groupId) {
        return jdbc.sql("SELECT id, draft_id, representative_comment_id, size, created_at FROM form_letter_group WHERE id = ?")
                .param(groupId)
                .query((rs, n) -> new GroupRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    List<Long> largest(long draftId, int limit) {
        return jdbc.sql("SELECT id FROM form_letter_group WHERE draft_id = ? ORDER BY size DESC, id LIMIT ?")
                .params(draftId, limit).query(Long.class).list();
    }

    /** Up to {@code limit} members other than the representative, spread over the group's life (not only the first). */
    List<Long> sampleOfMembers(long groupId, long representativeCommentId, int limit) {
        return jdbc.sql("""
                SELECT comment_id FROM form_letter_member WHERE group_id = ? AND comment_id <> ?
                ORDER BY md5(comment_id::text) LIMIT ?""")
                .params(groupId, representativeCommentId, limit).query(Long.class).list();
    }
}
