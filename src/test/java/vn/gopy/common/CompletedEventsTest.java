package vn.gopy.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;

@IntegrationTest
class CompletedEventsTest {

    @Autowired CompletedEvents completedEvents;
    @Autowired TestDatabase database;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void empty() {
        database.clear();
    }

    /** The rows made here name a listener that does not exist: no context started later may try to republish them. */
    @AfterEach
    void emptyAgain() {
        database.clear();
    }

    @Test
    void handledEventsOlderThanAWeekAreForgottenAndUnhandledOnesNever() {
        Instant now = Instant.now();
        publication("old, handled", now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        publication("recent, handled", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)));
        publication("old, never handled", now.minus(Duration.ofDays(30)), null);

        completedEvents.forgetOld();

        assertThat(jdbc.sql("SELECT serialized_event FROM event_publication ORDER BY serialized_event")
                .query(String.class).list()).containsExactly("\"old, never handled\"", "\"recent, handled\"");
    }

    private void publication(String event, Instant published, Instant completed) {
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts) VALUES (?, 'test.Listener', 'java.lang.String', ?, ?, ?, ?, 1)""")
                .params(UUID.randomUUID(), "\"" + event + "\"", Timestamp.from(published),
                        completed == null ? null : Timestamp.from(completed), completed == null ? "PUBLISHED" : "COMPLETED")
                .update();
    }
}
