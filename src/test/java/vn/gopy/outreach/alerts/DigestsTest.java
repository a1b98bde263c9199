package vn.gopy.outreach.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.outreach.alerts.AlertFixtures.topic;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.IntegrationTest;
import vn.gopy.KeepsSecurityStrategy;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.alerts.internal.AlertJobs;
import vn.gopy.outreach.alerts.internal.AlertSender;

/**
 * Daily and weekly digests: one mail per subscriber and period with every draft of it, each draft once; a run
 * again (as after a restart) sends nothing; the next period's alerts make the next digest; an unsubscribed
 * address and an immediate subscriber get no digest.
 */
@ExtendWith(KeepsSecurityStrategy.class)
@IntegrationTest
class DigestsTest {

    @Autowired AlertFixtures fixtures;
    @Autowired AlertJobs jobs;
    @Autowired AlertSender sender;
    @Autowired AlertService alerts;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long agency;

    @BeforeEach
    void subscribersOfSectorF() {
        database.clear();
        fixtures.clear();
        agency = drafts.agency("BXD");
        fixtures.subscribe("daily@example.vn", Frequency.DAILY, topic(TopicKind.SECTOR, "F"),
                topic(TopicKind.AGENCY, "BXD"));
        fixtures.subscribe("weekly@example.vn", Frequency.WEEKLY, topic(TopicKind.SECTOR, "F"));
        String gone = fixtures.subscribe("gone@example.vn", Frequency.DAILY, topic(TopicKind.SECTOR, "F"));
        alerts.unsubscribe(gone);
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aDailyDigestGoesOncePerDayWithAllItsDraftsAndRunningAgainSendsNothing() {
        fixtures.openDraft(agency, "Luật Nhà ở", "LAW", Set.of("F"), Set.of());
        fixtures.openDraft(agency, "Luật Kinh doanh bất động sản", "LAW", Set.of("F", "L"), Set.of());
        assertThat(jobs.sendDigests()).as("today's digest time had passed before these alerts came").isZero();

        clock.advance(Duration.ofDays(1));
        assertThat(jobs.sendDigests()).isPositive();
        assertThat(jobs.sendDigests()).as("a second run, as after a restart").isZero();
        sender.sendImmediate();
        List<String> daily = bodies("daily@example.vn");
        assertThat(daily).hasSize(1);
        assertThat(daily.getFirst()).contains("2 tin mới", "Luật Nhà ở", "Luật Kinh doanh bất động sản",
                "http://gopy.test/alerts/manage/");
        assertThat(daily.getFirst().split("Luật Nhà ở", -1)).as("a draft matched by two topics appears once")
                .hasSize(2);
        assertThat(unsubscribeAddresses("daily@example.vn")).allMatch(a -> a.startsWith("http://gopy.test/unsubscribe/"));
        assertThat(bodies("gone@example.vn")).isEmpty();

        fixtures.openDraft(agency, "Nghị định về xây dựng", "DECREE", Set.of("F"), Set.of());
        jobs.sendDigests();
        assertThat(bodies("daily@example.vn")).hasSize(1);
        clock.advance(Duration.ofDays(1));
        jobs.sendDigests();
        assertThat(bodies("daily@example.vn")).hasSize(2).last().asString().contains("1 tin mới", "Nghị định về xây dựng")
                .doesNotContain("Luật Nhà ở");
    }

    @Test
    void aWeeklyDigestGoesOncePerWeekWithTheWholeWeek() {
        fixtures.openDraft(agency, "Luật Nhà ở", "LAW", Set.of("F"), Set.of());
        clock.advance(Duration.ofDays(7));
        fixtures.openDraft(agency, "Luật Xây dựng", "LAW", Set.of("F"), Set.of());
        jobs.sendDigests();
        jobs.sendDigests();
        List<String> weekly = bodies("weekly@example.vn");
        assertThat(weekly).hasSize(1);
        assertThat(weekly.getFirst()).contains("Luật Nhà ở", "trong tuần").doesNotContain("Luật Xây dựng");

        clock.advance(Duration.ofDays(7));
        jobs.sendDigests();
        jobs.sendDigests();
        assertThat(bodies("weekly@example.vn")).hasSize(2).last().asString().contains("Luật Xây dựng")
                .doesNotContain("Luật Nhà ở");
    }

    @Test
    void twoNodesRunningTheDigestsAtOnceSendEachDigestOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            fixtures.subscribe("node" + i + "@example.vn", Frequency.DAILY, topic(TopicKind.SECTOR, "F"));
        }
        fixtures.openDraft(agency, "Luật Nhà ở", "LAW", Set.of("F"), Set.of());
        jdbc.sql("DELETE FROM mail_outbox").update();
        clock.advance(Duration.ofDays(1));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var first = pool.submit(() -> { start.await(); return jobs.sendDigests(); });
            var second = pool.submit(() -> { start.await(); return jobs.sendDigests(); });
            start.countDown();
            long queued = first.get() + second.get();
            assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single()).isEqualTo(queued);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single()).as("each address once")
                .isEqualTo(jdbc.sql("SELECT count(DISTINCT recipient) FROM mail_outbox").query(Long.class).single());
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient <> 'weekly@example.vn'")
                .query(Long.class).single()).as("the 21 daily subscribers").isEqualTo(21);
    }

    private List<String> bodies(String email) {
        return jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? ORDER BY id").param(email)
                .query(String.class).list();
    }

    private List<String> unsubscribeAddresses(String email) {
        return jdbc.sql("SELECT unsubscribe_address FROM mail_outbox WHERE recipient = ?").param(email)
                .query(String.class).list();
    }
}
