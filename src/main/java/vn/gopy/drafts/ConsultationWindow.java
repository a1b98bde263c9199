package vn.gopy.drafts;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * When the public may comment: from {@code opensAt} (inclusive) until {@code closesAt} (exclusive).
 * Both are unset while a draft is being written.
 */
@Embeddable
public record ConsultationWindow(Instant opensAt, Instant closesAt) {

    public static ConsultationWindow unset() {
        return new ConsultationWindow(null, null);
    }

    public boolean isSet() {
        return opensAt != null && closesAt != null;
    }

    public boolean contains(Instant now) {
        return isSet() && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Where a published draft stands at {@code now}, judged by the window alone. */
    public DraftStatus phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return DraftStatus.SCHEDULED;
        }
        return now.isBefore(closesAt) ? DraftStatus.OPEN : DraftStatus.CLOSED;
    }

    public Duration length() {
        return Duration.between(opensAt, closesAt);
    }
}
