package vn.gopy.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import vn.gopy.comments.internal.CommentSettings;
import vn.gopy.comments.internal.CommentSettings.Limit;
import vn.gopy.comments.internal.SubmissionLimits;

class SubmissionLimitsTest {

    private final SubmissionLimits limits = new SubmissionLimits(new CommentSettings(Duration.ofHours(72),
            Duration.ofDays(30), new Limit(3, Duration.ofHours(1)), new Limit(2, Duration.ofHours(1)), "privacy@example.vn", 3));

    @Test
    void oneAddressMaySendSoManyCommentsAnHour() {
        limits.take("198.51.100.1", "a@example.vn");
        limits.take("198.51.100.1", "b@example.vn");
        limits.take("198.51.100.1", "c@example.vn");

        assertThatThrownBy(() -> limits.take("198.51.100.1", "d@example.vn"))
                .isInstanceOfSatisfying(TooManyCommentsException.class,
                        e -> assertThat(e.retryAfter()).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(21)));
        limits.take("198.51.100.2", "d@example.vn");
    }

    @Test
    void oneMailboxMaySendSoManyFromAnyAddressAndARefusalCostsTheAddressNothing() {
        limits.take("198.51.100.3", "lan@example.vn");
        limits.take("198.51.100.4", "LAN@example.vn");

        assertThatThrownBy(() -> limits.take("198.51.100.5", "lan@example.vn")).isInstanceOf(TooManyCommentsException.class);
        limits.take("198.51.100.5", "x@example.vn");
        limits.take("198.51.100.5", "y@example.vn");
        limits.take("198.51.100.5", "z@example.vn");
    }
}
