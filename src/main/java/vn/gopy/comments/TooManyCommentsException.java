package vn.gopy.comments;

import java.time.Duration;

/** The rate limit for this address or this e-mail address is reached; nothing was saved. */
public class TooManyCommentsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyCommentsException(Duration retryAfter) {
        super("Too many comments; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** How long until the next comment would be accepted (rounded up to whole minutes by the UI). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
