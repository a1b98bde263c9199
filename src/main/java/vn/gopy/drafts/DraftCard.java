package vn.gopy.drafts;

import java.time.Instant;

import vn.gopy.agencies.AgencySummary;
import vn.gopy.common.PortalTime;
import vn.gopy.taxonomies.Term;

/**
 * A draft in a list: enough to decide whether to open it. {@code status} is the status at the time the
 * card was made; {@code daysLeft} counts calendar days in Vietnam until closing (0 on the last day);
 * {@code updatedAt} is the last change by staff (the drafters' list sorts and shows it).
 */
public record DraftCard(long id, String referenceNumber, String title, Term documentType, AgencySummary agency,
        String language, DraftStatus status, Instant opensAt, Instant closesAt, Instant publishedAt,
        String summary, long daysLeft, long daysUntilOpening, Instant updatedAt) {

    /**
     * The card at {@code now}: a public draft's status and the days left follow the window and the clock,
     * whatever status was stored (the clock job may not have caught up yet).
     */
    public static DraftCard at(Instant now, long id, String referenceNumber, String title, Term documentType,
            AgencySummary agency, String language, boolean isPublic, boolean reportPublished, ConsultationWindow window,
            Instant publishedAt,
            String summary, Instant updatedAt) {
        long daysLeft = window.closesAt() == null ? 0
                : Math.max(0, PortalTime.calendarDaysUntil(now, window.closesAt()));
        long daysUntilOpening = window.opensAt() == null ? 0
                : Math.max(0, PortalTime.calendarDaysUntil(now, window.opensAt()));
        DraftStatus status = !isPublic ? DraftStatus.DRAFT
                : reportPublished ? DraftStatus.REPORT_PUBLISHED : window.phaseAt(now);
        return new DraftCard(id, referenceNumber, title, documentType, agency, language, status,
                window.opensAt(), window.closesAt(), publishedAt, summary, daysLeft, daysUntilOpening, updatedAt);
    }
}
