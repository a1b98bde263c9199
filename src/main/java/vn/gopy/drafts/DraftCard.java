package vn.gopy.drafts;

import java.time.Instant;

import vn.gopy.agencies.AgencySummary;
import vn.gopy.taxonomies.Term;

/**
 * A draft in a list: enough to decide whether to open it. {@code status} is the status at the time the
 * card was made; {@code daysLeft} counts calendar days in Vietnam until closing (0 on the last day);
 * {@code updatedAt} is the last change by staff (the drafters' list sorts and shows it).
 */
public record DraftCard(long id, String referenceNumber, String title, Term documentType, AgencySummary agency,
        String language, DraftStatus status, Instant opensAt, Instant closesAt, Instant publishedAt,
        String summary, long daysLeft, long daysUntilOpening, Instant updatedAt) {
}
