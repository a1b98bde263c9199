package vn.gopy.mail.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before trying a message again: the initial delay after the first failure, doubled after
 * each further one, never more than the maximum. Short at first (a mail server restarting is back in
 * seconds), capped so that mail goes out at most that long after a long outage ends.
 */
public record RetryBackoff(Duration initialDelay, Duration maxDelay) {

    public RetryBackoff {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("Retry delays must be positive, the maximum no less than the initial");
        }
    }

    /** The wait after {@code failedAttempts} failures (1 or more). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No failure, no delay: " + failedAttempts);
        }
        Duration delay = initialDelay;
        // Doubling stops at the cap, so a message that has failed for weeks cannot overflow the duration.
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
