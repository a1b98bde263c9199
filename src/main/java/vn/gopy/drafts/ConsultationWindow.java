package vn.gopy.drafts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Embeddable;
import vn.gopy.common.InputCheck;
import vn.gopy.common.PortalTime;

/**
 * When the public may comment: from {@code opensAt} (inclusive) until {@code closesAt} (exclusive).
 * Both are unset while a draft is being written.
 */
@Embeddable
public record ConsultationWindow(Instant opensAt, Instant closesAt) {

    /** The window a drafter entered as Vietnam's local dates and times (either may still be missing). */
    static ConsultationWindow inVietnam(LocalDateTime opens, LocalDateTime closes) {
        return new ConsultationWindow(toInstant(opens), toInstant(closes));
    }

    private static Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(PortalTime.ZONE).toInstant();
    }

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

    /** A window must close after it opens, even while the draft is being written. */
    void checkOrder(InputCheck check) {
        if (isSet()) {
            check.require(closesAt.isAfter(opensAt), "closesAt", "drafts.error.closes-before-opens");
        }
    }

    /**
     * A window to publish now: set, in order, and lasting at least {@code minimum} from the moment the
     * consultation really opens, the later of its opening time and now.
     */
    void checkForPublication(InputCheck check, Instant now, Duration minimum) {
        checkSet(check);
        checkOrder(check);
        if (isSet() && !check.hasProblemWith("closesAt")) {
            Instant effectiveOpening = opensAt.isAfter(now) ? opensAt : now;
            check.require(!Duration.between(effectiveOpening, closesAt).minus(minimum).isNegative(),
                    "closesAt", "drafts.error.window-too-short-from-now", minimum.toDays());
        }
    }

    /** A consultation held (or begun) elsewhere: its real window, at least {@code minimum} long. */
    void checkAsHeld(InputCheck check, Duration minimum) {
        checkOrder(check);
        checkSet(check);
        if (isSet() && !check.hasProblemWith("closesAt")) {
            check.require(!length().minus(minimum).isNegative(), "closesAt", "drafts.error.window-too-short",
                    minimum.toDays());
        }
    }

    private void checkSet(InputCheck check) {
        check.require(opensAt != null, "opensAt", "drafts.error.opens-required");
        check.require(closesAt != null, "closesAt", "drafts.error.closes-required");
    }
}
