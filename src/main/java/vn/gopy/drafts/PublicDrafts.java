package vn.gopy.drafts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query behind the public lists. Status is judged by the window and the clock, not by the stored
 * status, so a list is right even in the minute before the clock job catches up.
 */
final class PublicDrafts {

    private PublicDrafts() {
    }

    static Specification<Draft> matching(DraftFilter filter, Instant now) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.notEqual(root.get("status"), DraftStatus.DRAFT));
            if (filter.agencyId() != null) {
                where.add(cb.equal(root.get("agencyId"), filter.agencyId()));
            }
            if (filter.documentTypeCode() != null) {
                where.add(cb.equal(root.get("documentTypeCode"), filter.documentTypeCode()));
            }
            Path<Instant> opensAt = root.get("window").get("opensAt");
            Path<Instant> closesAt = root.get("window").get("closesAt");
            if (filter.status() != null) {
                where.add(switch (filter.status()) {
                    case SCHEDULED -> cb.greaterThan(opensAt, now);
                    case OPEN -> cb.and(cb.lessThanOrEqualTo(opensAt, now), cb.greaterThan(closesAt, now));
                    case CLOSED -> cb.lessThanOrEqualTo(closesAt, now);
                    case REPORT_PUBLISHED -> cb.equal(root.get("status"), DraftStatus.REPORT_PUBLISHED);
                    case DRAFT -> cb.disjunction();
                });
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Drafts in the scope whose consultation is open at {@code now}. */
    static Specification<Draft> openIn(DraftScope scope, Instant now) {
        Specification<Draft> open = matching(new DraftFilter(scope.agencyId(), null, DraftStatus.OPEN), now);
        return open.and((root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scope.sectorCode() != null) {
                where.add(cb.isMember(scope.sectorCode(), root.get("impact").<Set<String>>get("sectors")));
            }
            if (scope.provinceCode() != null) {
                where.add(cb.isMember(scope.provinceCode(), root.get("impact").<Set<String>>get("provinces")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        });
    }
}
