package vn.gopy.feedback.internal.digest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gopy.feedback.digest.*}: how often the digest job looks at the consultations, and the hour (Vietnam
 * time, 0-23) from which each day's summary goes to the drafting agency. The check interval bounds how late
 * after that hour, or after a consultation closes, the mail is written.
 */
@ConfigurationProperties("gopy.feedback.digest")
public record DigestSettings(@DefaultValue("PT15M") Duration checkInterval, @DefaultValue("7") int hour) {

    public DigestSettings {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("gopy.feedback.digest.hour must be from 0 to 23");
        }
    }
}
