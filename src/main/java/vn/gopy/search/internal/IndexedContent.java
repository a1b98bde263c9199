package vn.gopy.search.internal;

import java.util.Map;

import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentState;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.TextBlock;

/**
 * Which entities belong in the index, as JPQL conditions on an entity {@code e}: public drafts, the
 * articles of their current text (the latest published version), and the comments their authors confirmed
 * (whether public or not: staff search them all). Rebuilds index exactly these, and the health check counts
 * exactly these, so both agree with {@link DraftIndexing} and {@link CommentIndexing}.
 */
public enum IndexedContent {

    DRAFTS(Draft.class, "e.status <> :unpublished", Map.of("unpublished", DraftStatus.DRAFT)),
    ARTICLES(TextBlock.class, """
            e.kind = :article and e.version.publishedAt is not null and e.version.draft.status <> :unpublished
            and e.version.number = (select max(v.number) from DraftVersion v
                                    where v.draft = e.version.draft and v.publishedAt is not null)""",
            Map.of("article", BlockKind.ARTICLE, "unpublished", DraftStatus.DRAFT)),
    COMMENTS(Comment.class, "e.state <> :unconfirmed", Map.of("unconfirmed", CommentState.AWAITING_CONFIRMATION));

    private final Class<?> entity;
    private final String condition;
    private final Map<String, Object> parameters;

    IndexedContent(Class<?> entity, String condition, Map<String, Object> parameters) {
        this.entity = entity;
        this.condition = condition;
        this.parameters = parameters;
    }

    public Class<?> entity() {
        return entity;
    }

    public String condition() {
        return condition;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public String countQuery() {
        return "select count(e) from " + entity.getSimpleName() + " e where " + condition;
    }
}
