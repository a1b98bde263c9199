package vn.gopy.moderation.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import vn.gopy.moderation.QueueFilter;

/** The queue's question: waiting comments matching a filter, oldest confirmation first. */
public final class WaitingItems {

    public static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("confirmedAt"), Sort.Order.asc("commentId"));

    private WaitingItems() {
    }

    public static Specification<ModerationItem> matching(QueueFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isTrue(root.get("waiting")));
            if (filter.draftId() != null) {
                where.add(cb.equal(root.get("draftId"), filter.draftId()));
            }
            if (filter.agencyId() != null) {
                where.add(cb.equal(root.get("agencyId"), filter.agencyId()));
            }
            if (filter.groupId() != null) {
                where.add(cb.equal(root.get("groupId"), filter.groupId()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("commenterKind"), filter.kind()));
            }
            if (filter.flag() != null) {
                // flags is a text[]; Hibernate's array_contains becomes PostgreSQL's @>, which the GIN index serves.
                where.add(((HibernateCriteriaBuilder) cb).arrayContains(root.<String[]>get("flags"), filter.flag().name()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
