package vn.gopy.drafts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Consultation rules that are policy, not code: the shortest consultation (the 2015 law asked for 60 days,
 * later rules for 30; default 30) and how often the clock job checks for windows that open or close.
 */
@ConfigurationProperties("gopy.consultation")
public record ConsultationSettings(int minimumDays, Duration clockCheckInterval) {

    public ConsultationSettings {
        if (minimumDays < 1) {
            throw new IllegalArgumentException("gopy.consultation.minimum-days must be at least 1");
        }
    }

    public Duration minimum() {
        return Duration.ofDays(minimumDays);
    }
}
