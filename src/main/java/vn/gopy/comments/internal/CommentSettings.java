package vn.gopy.comments.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gopy.comments.*}: how long a confirmation link works, how long unconfirmed comments are kept, and the
 * rate limits (so many comments per period from one IP address, and from one e-mail address), and where people
 * write to have their personal data deleted (the privacy notice names it), and how many reports from the
 * public hide a published comment until a moderator looks again.
 */
@ConfigurationProperties("gopy.comments")
public record CommentSettings(
        @DefaultValue("72h") Duration confirmationValidity,
        @DefaultValue("30d") Duration unconfirmedKeptFor,
        @DefaultValue Limit perAddress,
        @DefaultValue Limit perEmail,
        @DefaultValue("privacy@gopy.example") String privacyContact,
        @DefaultValue("3") int reportsToHide) {

    /** {@code capacity} comments, refilled gradually over {@code period}. */
    public record Limit(@DefaultValue("20") int capacity, @DefaultValue("1h") Duration period) {
    }
}
