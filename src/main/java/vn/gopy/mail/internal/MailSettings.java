package vn.gopy.mail.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail goes out ({@code gopy.mail.*}): the sender's address, how often the outbox is looked at, how many
 * messages one transaction sends, and the back-off after failures. The mail server itself is Spring Boot's
 * {@code spring.mail.*}.
 */
@ConfigurationProperties("gopy.mail")
public record MailSettings(
        @DefaultValue("Gopy <no-reply@gopy.localhost>") String from,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue RetrySettings retry) {

    public MailSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("gopy.mail.batch-size must be at least 1");
        }
    }

    public record RetrySettings(@DefaultValue("PT30S") Duration initialDelay, @DefaultValue("PT1H") Duration maxDelay) {
    }

    public RetryBackoff backoff() {
        return new RetryBackoff(retry.initialDelay(), retry.maxDelay());
    }
}
