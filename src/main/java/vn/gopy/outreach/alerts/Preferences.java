package vn.gopy.outreach.alerts;

import java.util.List;
import java.util.Locale;

/** What the secret preferences page shows. {@code unsubscribed}: nothing is sent until it is undone. */
public record Preferences(String email, Frequency frequency, Locale language, List<FollowedTopic> topics,
        boolean unsubscribed) {
}
