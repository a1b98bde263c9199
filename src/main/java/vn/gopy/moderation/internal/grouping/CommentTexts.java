package vn.gopy.moderation.internal.grouping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The texts of a few comments, read from the comments module's table. Grouping receives each text when a comment
 * arrives but keeps only its signature, so showing what varies needs the texts again. The one place where this
 * module reads that table; a method of the comments module's API can replace it.
 */
final class CommentTexts {

    private final JdbcClient jdbc;

    CommentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, String> of(List<Long> commentIds) {
        Map<Long, String> texts = new HashMap<>();
        jdbc.sql("SELECT id, text FROM comment WHERE id = ANY(?)")
                .param(commentIds.toArray(Long[]::new))
                .query(rs -> {
                    texts.put(rs.getLong(1), rs.getString(2));
                });
        return texts;
    }
}
