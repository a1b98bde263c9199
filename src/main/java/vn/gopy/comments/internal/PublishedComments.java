package vn.gopy.comments.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentOrder;
import vn.gopy.comments.CommentQuery;
import vn.gopy.comments.CommentState;

/** The query behind the public lists of comments; each matches one of the partial indexes of V7. */
public final class PublishedComments {

    private PublishedComments() {
    }

    public static Specification<Comment> matching(CommentQuery query) {
        return (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("draftId"), query.draftId()));
            where.add(cb.equal(root.get("state"), CommentState.PUBLISHED));
            // Hidden after reports until a moderator looks again; a campaign's letters show through their lead.
            where.add(cb.isNull(root.get("hiddenAt")));
            where.add(cb.isNull(root.get("campaignLeadId")));
            if (query.articleLabel() != null) {
                where.add(cb.equal(root.get("articleLabel"), query.articleLabel()));
            }
            if (query.kind() != null) {
                where.add(cb.equal(root.get("commenterKind"), query.kind()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    public static Sort order(CommentOrder order) {
        return order == CommentOrder.OLDEST
                ? Sort.by(Sort.Order.asc("decidedAt"), Sort.Order.asc("id"))
                : Sort.by(Sort.Order.desc("decidedAt"), Sort.Order.desc("id"));
    }
}
