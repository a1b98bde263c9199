package vn.gopy.outreach.alerts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gopy.outreach.alerts.Frequency;
import vn.gopy.outreach.alerts.Topic;
import vn.gopy.outreach.alerts.TopicKind;

/** The tables of requests, subscribers and their topics. */
@Repository
public class SubscriptionStore {

    public record Request(long id, String email, String language, Frequency frequency, Instant expiresAt) {}

    public record Subscriber(long id, String email, String language, Frequency frequency, String manageToken,
            Instant unsubscribedAt) {}

    public record StoredTopic(long id, Topic topic) {}

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long saveRequest(String email, String language, Frequency frequency, List<Topic> topics, String tokenHash,
            Instant now, Instant expiresAt) {
        long id = jdbc.sql("INSERT INTO alert_request (email, language, frequency, token_hash, requested_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id").params(email, language, frequency.name(), tokenHash,
                Timestamp.from(now), Timestamp.from(expiresAt)).query(Long.class).single();
        for (Topic topic : topics) {
            jdbc.sql("INSERT INTO alert_request_topic (request_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, topic.kind().name(), topic.value()).update();
        }
        return id;
    }

    Optional<Request> lockRequest(String tokenHash) {
        return jdbc.sql("SELECT id, email, language, frequency, expires_at FROM alert_request WHERE token_hash = ?"
                + " FOR UPDATE").param(tokenHash).query((rs, n) -> new Request(rs.getLong(1), rs.getString(2),
                rs.getString(3), Frequency.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant())).optional();
    }

    List<Topic> requestTopics(long requestId) {
        return jdbc.sql("SELECT kind, value FROM alert_request_topic WHERE request_id = ?").param(requestId)
                .query((rs, n) -> new Topic(TopicKind.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    void deleteRequest(long requestId) {
        jdbc.sql("DELETE FROM alert_request WHERE id = ?").param(requestId).update();
    }

    /** The subscriber of this address, made or updated with the request's frequency and language. */
    long upsertSubscriber(String email, String language, Frequency frequency, String newToken, Instant now) {
        return jdbc.sql("INSERT INTO alert_subscriber (email, language, frequency, manage_token, confirmed_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (lower(email)) DO UPDATE SET language = excluded.language,"
                + " frequency = excluded.frequency, unsubscribed_at = NULL RETURNING id")
                .params(email, language, frequency.name(), newToken, Timestamp.from(now)).query(Long.class).single();
    }

    void addTopic(long subscriberId, Topic topic) {
        jdbc.sql("INSERT INTO alert_topic (subscriber_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(subscriberId, topic.kind().name(), topic.value()).update();
    }

    Optional<Subscriber> subscriberByToken(String manageToken) {
        return subscriber("manage_token = ?", manageToken);
    }

    Optional<Subscriber> subscriberById(long id) {
        return subscriber("id = ?", id);
    }

    private Optional<Subscriber> subscriber(String condition, Object value) {
        return jdbc.sql("SELECT id, email, language, frequency, manage_token, unsubscribed_at FROM alert_subscriber"
                + " WHERE " + condition).param(value).query((rs, n) -> new Subscriber(rs.getLong(1),
                rs.getString(2), rs.getString(3), Frequency.valueOf(rs.getString(4)), rs.getString(5),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant())).optional();
    }

    List<StoredTopic> topics(long subscriberId) {
        return jdbc.sql("SELECT id, kind, value FROM alert_topic WHERE subscriber_id = ? ORDER BY id")
                .param(subscriberId).query((rs, n) -> new StoredTopic(rs.getLong(1),
                        new Topic(TopicKind.valueOf(rs.getString(2)), rs.getString(3)))).list();
    }

    boolean removeTopic(long subscriberId, long topicId) {
        return jdbc.sql("DELETE FROM alert_topic WHERE subscriber_id = ? AND id = ?").params(subscriberId, topicId)
                .update() == 1;
    }

    void change(long subscriberId, Frequency frequency, String language) {
        jdbc.sql("UPDATE alert_subscriber SET frequency = ?, language = ? WHERE id = ?")
                .params(frequency.name(), language, subscriberId).update();
    }

    /** Nothing more is sent; waiting alerts go now, the topics stay for an undo until the purge. */
    void unsubscribe(long subscriberId, Instant now) {
        jdbc.sql("UPDATE alert_subscriber SET unsubscribed_at = ? WHERE id = ? AND unsubscribed_at IS NULL")
                .params(Timestamp.from(now), subscriberId).update();
        jdbc.sql("DELETE FROM alert_pending WHERE subscriber_id = ?").param(subscriberId).update();
    }

    void resubscribe(long subscriberId) {
        jdbc.sql("UPDATE alert_subscriber SET unsubscribed_at = NULL WHERE id = ?").param(subscriberId).update();
    }

    /** Forgets expired requests and unsubscriptions nobody undid; returns how many rows went. */
    int purge(Instant requestedBefore, Instant unsubscribedBefore) {
        int requests = jdbc.sql("DELETE FROM alert_request WHERE requested_at < ?")
                .param(Timestamp.from(requestedBefore)).update();
        int subscribers = jdbc.sql("DELETE FROM alert_subscriber WHERE unsubscribed_at < ?")
                .param(Timestamp.from(unsubscribedBefore)).update();
        return requests + subscribers;
    }
}
