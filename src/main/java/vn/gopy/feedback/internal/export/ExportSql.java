package vn.gopy.feedback.internal.export;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.gopy.common.PortalTime;
import vn.gopy.feedback.ExportFilter;

/**
 * The WHERE clause of an export, with its parameters, on {@code comment c JOIN draft d LEFT JOIN disposition p}.
 * Unconfirmed comments are left out here, once, so that no format can export them.
 */
record ExportSql(String where, Object[] parameters) {

    static ExportSql of(ExportFilter filter) {
        StringBuilder where = new StringBuilder(
                " WHERE c.state <> 'AWAITING_CONFIRMATION' AND c.confirmed_at IS NOT NULL");
        List<Object> parameters = new ArrayList<>();
        if (filter.draftId() != null) {
            where.append(" AND c.draft_id = ?");
            parameters.add(filter.draftId());
        } else if (filter.agencyId() != null) {
            where.append(" AND d.agency_id = ?");
            parameters.add(filter.agencyId());
        }
        if (filter.state() != null) {
            where.append(" AND c.state = ?");
            parameters.add(filter.state().name());
        }
        if (filter.kind() != null) {
            where.append(" AND c.commenter_kind = ?");
            parameters.add(filter.kind().name());
        }
        if (filter.provinceCode() != null) {
            where.append(" AND c.province_code = ?");
            parameters.add(filter.provinceCode());
        }
        if (filter.outcome() != null) {
            where.append(" AND p.outcome = ?");
            parameters.add(filter.outcome().name());
        }
        if (filter.unansweredOnly()) {
            where.append(" AND p.comment_id IS NULL");
        }
        if (filter.from() != null) {
            where.append(" AND c.submitted_at >= ?");
            parameters.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND c.submitted_at < ?");
            parameters.add(startOf(filter.to().plusDays(1)));
        }
        return new ExportSql(where.toString(), parameters.toArray());
    }

    /** Midnight in Vietnam: a day of the filter is a day there, not in UTC. */
    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(PortalTime.ZONE).toInstant());
    }

    static final String FROM = " FROM comment c JOIN draft d ON d.id = c.draft_id"
            + " LEFT JOIN disposition p ON p.comment_id = c.id";
}
