package vn.gopy.mail;

import java.time.Instant;

/** One message of the outbox as staff see it in the list: to whom, about what, and what became of it. */
public record OutboxEntry(long id, String recipient, String subject, Instant createdAt, State state, int attempts,
        String lastError, Instant nextAttemptAt, Instant sentAt) {

    public enum State {
        /** Not tried yet (or no mail server is configured). */
        WAITING,
        /** Tried and failed at least once; it will be tried again at {@code nextAttemptAt}. */
        RETRYING,
        /** Accepted by the mail server. */
        SENT
    }
}
