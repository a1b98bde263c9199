package vn.gopy.outreach.alerts;

import java.util.List;
import java.util.Locale;

/** What the subscription page sends: the address, the topics, how often and in which language. */
public record SubscriptionRequest(String email, List<Topic> topics, Frequency frequency, Locale language) {

    public SubscriptionRequest {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
