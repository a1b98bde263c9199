package vn.gopy.outreach.alerts;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.common.InputCheck;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.NotFoundException;
import vn.gopy.outreach.alerts.internal.SubscriptionMails;
import vn.gopy.outreach.alerts.internal.Subscriptions;

/**
 * Subscriptions for anyone, without an account: a request is mailed a confirmation link (double opt-in) and
 * nothing else is sent to that address before it is opened; the secret link in every mail then manages the
 * topics, the frequency and the language, or unsubscribes.
 */
@Service
@Transactional
public class AlertService {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_TOPICS = 30;

    private final Subscriptions subscriptions;
    private final SubscriptionMails mails;
    private final Clock clock;

    AlertService(Subscriptions subscriptions, SubscriptionMails mails, Clock clock) {
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Checks everything at once ({@link InvalidInputException}, nothing stored), takes one request from the
     * rate limits ({@link TooManyRequestsException}), stores the request and queues its confirmation mail.
     */
    public void request(SubscriptionRequest request, String clientAddress) {
        InputCheck check = new InputCheck();
        String email = request.email() == null ? "" : request.email().strip();
        check.requiredText("email", email, MAX_EMAIL);
        if (!check.hasProblemWith("email") && !Subscriptions.looksLikeEmail(email)) {
            check.require(false, "email", "outreach.alerts.error.email");
        }
        check.require(!request.topics().isEmpty(), "topics", "outreach.alerts.error.no-topic");
        check.require(request.topics().size() <= MAX_TOPICS, "topics", "outreach.alerts.error.too-many-topics",
                MAX_TOPICS);
        check.require(request.frequency() != null, "frequency", "outreach.alerts.error.frequency");
        Set<Topic> topics = new LinkedHashSet<>();
        request.topics().forEach(t -> subscriptions.check(t, check).ifPresent(topics::add));
        check.throwIfInvalid();
        subscriptions.limit(clientAddress, email);
        String language = language(request.language());
        String token = subscriptions.saveRequest(email, language, request.frequency(), List.copyOf(topics),
                clock.instant());
        mails.confirmation(email, Locale.of(language), token, List.copyOf(topics));
    }

    /** A topic's name for people, in {@code locale}'s language (a saved search reads as its words and filters). */
    @Transactional(readOnly = true)
    public String label(Topic topic, Locale locale) {
        return subscriptions.label(topic, locale);
    }

    /** What following a draft means: its agency and its sectors (a draft that is not public: nothing). */
    @Transactional(readOnly = true)
    public List<Topic> topicsOfDraft(long draftId) {
        return subscriptions.topicsOfDraft(draftId);
    }

    /** Opening the link: the request's topics become the address's (added to any it follows already). */
    public Confirmation confirm(String token) {
        return subscriptions.confirm(token, clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<Preferences> preferences(String manageToken, Locale locale) {
        return subscriptions.preferences(manageToken, locale);
    }

    public void removeTopic(String manageToken, long topicId) {
        if (!subscriptions.removeTopic(manageToken, topicId)) {
            throw new NotFoundException("Topic " + topicId);
        }
    }

    /** Puts back a topic just removed (the undo of the preferences page). */
    public void restoreTopic(String manageToken, Topic topic) {
        InputCheck check = new InputCheck();
        Optional<Topic> checked = subscriptions.check(topic, check);
        check.throwIfInvalid();
        subscriptions.addTopic(manageToken, checked.orElseThrow());
    }

    public void change(String manageToken, Frequency frequency, Locale language) {
        if (frequency == null) {
            throw InvalidInputException.of("frequency", "outreach.alerts.error.frequency");
        }
        subscriptions.change(manageToken, frequency, language(language));
    }

    /** Unsubscribes from everything; returns false if the link names nobody (then nothing is mailed anyway). */
    public boolean unsubscribe(String manageToken) {
        return subscriptions.unsubscribe(manageToken, clock.instant());
    }

    public void resubscribe(String manageToken) {
        subscriptions.resubscribe(manageToken);
    }

    /** Forgets requests never confirmed and unsubscriptions never undone, after their settings' time. */
    public int purge() {
        return subscriptions.purge(clock.instant());
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
    }

    /** The language codes offered; the first is the default. */
    public static List<Locale> languages() {
        return List.of(Locale.of("vi"), Locale.ENGLISH);
    }
}
