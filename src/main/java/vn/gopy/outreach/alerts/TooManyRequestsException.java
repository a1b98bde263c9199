package vn.gopy.outreach.alerts;

import java.time.Duration;

/** Too many subscription requests from this client or for this address; {@code retryAfter} says when to try. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("Too many subscription requests; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
