package vn.gopy.outreach.alerts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import vn.gopy.common.InputCheck;
import vn.gopy.common.NotFoundException;
import vn.gopy.outreach.alerts.Confirmation;
import vn.gopy.outreach.alerts.ConfirmationResult;
import vn.gopy.outreach.alerts.FollowedTopic;
import vn.gopy.outreach.alerts.Frequency;
import vn.gopy.outreach.alerts.Preferences;
import vn.gopy.outreach.alerts.Topic;

/** The rules of requests and subscribers, for {@link vn.gopy.outreach.alerts.AlertService}, which owns the transactions. */
@Component
public class Subscriptions {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final SubscriptionStore store;
    private final TopicCatalog catalog;
    private final RequestLimits limits;
    private final AlertSettings settings;

    Subscriptions(SubscriptionStore store, TopicCatalog catalog, RequestLimits limits, AlertSettings settings) {
        this.store = store;
        this.catalog = catalog;
        this.limits = limits;
        this.settings = settings;
    }

    public static boolean looksLikeEmail(String email) {
        return EMAIL.matcher(email).matches();
    }

    /** The topic in canonical form; or empty, with its problem added to {@code check}. */
    public Optional<Topic> check(Topic topic, InputCheck check) {
        TopicCatalog.Result result = catalog.check(topic);
        if (result.problem() != null) {
            check.add(result.problem());
        }
        return Optional.ofNullable(result.topic());
    }

    public String label(Topic topic, Locale locale) {
        return catalog.label(topic, locale);
    }

    public List<Topic> topicsOfDraft(long draftId) {
        return catalog.topicsOfDraft(draftId);
    }

    public void limit(String client, String email) {
        limits.take(client, email);
    }

    /** Stores the request; returns the secret of its confirmation link (only its hash is kept). */
    public String saveRequest(String email, String language, Frequency frequency, List<Topic> topics, Instant now) {
        String token = Tokens.generate();
        store.saveRequest(email, language, frequency, topics, Tokens.hash(token), now,
                now.plus(settings.confirmationValidity()));
        return token;
    }

    public Confirmation confirm(String token, Instant now) {
        if (!Tokens.looksValid(token)) {
            return new Confirmation(ConfirmationResult.INVALID, null);
        }
        Optional<SubscriptionStore.Request> found = store.lockRequest(Tokens.hash(token));
        if (found.isEmpty()) {
            return new Confirmation(ConfirmationResult.INVALID, null);
        }
        SubscriptionStore.Request request = found.get();
        if (!now.isBefore(request.expiresAt())) {
            return new Confirmation(ConfirmationResult.EXPIRED, null);
        }
        long subscriber = store.upsertSubscriber(request.email(), request.language(), request.frequency(),
                Tokens.generate(), now);
        store.requestTopics(request.id()).forEach(topic -> store.addTopic(subscriber, topic));
        // Used once: a second click finds nothing to confirm, and the request's topics are the subscriber's now.
        store.deleteRequest(request.id());
        String manageToken = store.subscriberById(subscriber).orElseThrow().manageToken();
        return new Confirmation(ConfirmationResult.CONFIRMED, manageToken);
    }

    public Optional<Preferences> preferences(String manageToken, Locale locale) {
        return subscriber(manageToken).map(s -> new Preferences(s.email(), s.frequency(), Locale.of(s.language()),
                store.topics(s.id()).stream().map(t -> new FollowedTopic(t.id(), t.topic(),
                        catalog.label(t.topic(), locale))).toList(), s.unsubscribedAt() != null));
    }

    public boolean removeTopic(String manageToken, long topicId) {
        return subscriber(manageToken).map(s -> store.removeTopic(s.id(), topicId)).orElse(false);
    }

    public void addTopic(String manageToken, Topic topic) {
        store.addTopic(required(manageToken).id(), topic);
    }

    public void change(String manageToken, Frequency frequency, String language) {
        store.change(required(manageToken).id(), frequency, language);
    }

    public boolean unsubscribe(String manageToken, Instant now) {
        Optional<SubscriptionStore.Subscriber> subscriber = subscriber(manageToken);
        subscriber.ifPresent(s -> store.unsubscribe(s.id(), now));
        return subscriber.isPresent();
    }

    public void resubscribe(String manageToken) {
        store.resubscribe(required(manageToken).id());
    }

    public int purge(Instant now) {
        return store.purge(now.minus(settings.unconfirmedKeptFor()), now.minus(settings.unsubscribedKeptFor()));
    }

    private Optional<SubscriptionStore.Subscriber> subscriber(String manageToken) {
        return Tokens.looksValid(manageToken) ? store.subscriberByToken(manageToken) : Optional.empty();
    }

    private SubscriptionStore.Subscriber required(String manageToken) {
        return subscriber(manageToken).orElseThrow(() -> new NotFoundException("Subscriber"));
    }
}
