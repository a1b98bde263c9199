package vn.gopy.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theDelayDoublesAfterEachFailureFromTheInitialDelay() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void theDelayNeverExceedsTheMaximumHoweverManyFailures() {
        assertThat(backoff.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void delaysMustBePositiveAndTheMaximumNoLessThanTheInitial() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedMessageCountsTheAttemptKeepsAShortErrorAndWaitsItsTurn() {
        Instant now = Instant.parse("2026-11-26T08:00:00Z");
        OutboxMessage message = OutboxMessage.queued("a@example.vn", "t", "vi",
                new MailContent("s", "text", "<p>text</p>"), now, null);

        message.markFailed("x".repeat(5_000), now, backoff);
        message.markFailed("Connection refused", now.plusSeconds(30), backoff);

        assertThat(message.getAttempts()).isEqualTo(2);
        assertThat(message.getLastError()).isEqualTo("Connection refused");
        assertThat(message.getNextAttemptAt()).isEqualTo(now.plusSeconds(30 + 60));
        assertThat(OutboxMessage.shorten("x".repeat(5_000))).hasSize(OutboxMessage.MAX_ERROR_LENGTH);
        assertThat(message.isSent()).isFalse();

        message.markSent(now.plusSeconds(90));
        assertThat(message.isSent()).isTrue();
        assertThat(message.getLastError()).isNull();
        assertThatThrownBy(() -> message.markFailed("late", now, backoff)).isInstanceOf(IllegalStateException.class);
    }
}
