package vn.gopy.outreach.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gopy.outreach.alerts.AlertFixtures.topic;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
import vn.gopy.TestStaff;
import vn.gopy.common.FieldProblem;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.alerts.internal.AlertSender;

/** Double opt-in: a request, its mail, its link; expired and forged links; bad input; the rate limit. */
@ExtendWith(KeepsSecurityStrategy.class)
@IntegrationTest
class SubscribingTest {

    @Autowired AlertService alerts;
    @Autowired AlertFixtures fixtures;
    @Autowired AlertSender sender;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long agency;

    @BeforeEach
    void empty() {
        database.clear();
        fixtures.clear();
        agency = drafts.agency("BTC");
        TestStaff.anonymous();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aRequestIsMailedItsLinkAndNothingElseIsSentBeforeTheLinkIsOpened() {
        alerts.request(new SubscriptionRequest("an@example.vn", List.of(topic(TopicKind.SECTOR, "F")),
                Frequency.IMMEDIATE, Locale.of("vi")), "203.0.113.1");

        assertThat(mailsTo("an@example.vn")).containsExactly("alert-confirm");
        String body = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = 'an@example.vn'")
                .query(String.class).single();
        assertThat(body).contains("F · Xây dựng", "72 giờ").containsPattern(AlertFixtures.CONFIRM_LINK);

        fixtures.openDraft(agency, "Luật Xây dựng (sửa đổi)", "LAW", Set.of("F"), Set.of());
        sender.sendImmediate();
        assertThat(mailsTo("an@example.vn")).as("no alert before confirming").containsExactly("alert-confirm");

        Confirmation confirmation = alerts.confirm(fixtures.confirmationToken("an@example.vn"));
        assertThat(confirmation.result()).isEqualTo(ConfirmationResult.CONFIRMED);
        Preferences preferences = alerts.preferences(confirmation.manageToken(), Locale.of("vi")).orElseThrow();
        assertThat(preferences.topics()).extracting(FollowedTopic::label).containsExactly("F · Xây dựng");
        assertThat(preferences.frequency()).isEqualTo(Frequency.IMMEDIATE);

        long second = fixtures.openDraft(agency, "Nghị định về nhà ở", "DECREE", Set.of("F"), Set.of());
        sender.sendImmediate();
        assertThat(mailsTo("an@example.vn")).containsExactly("alert-confirm", "alert");
        assertThat(jdbc.sql("SELECT text_body FROM mail_outbox WHERE template = 'alert'").query(String.class).single())
                .contains("Nghị định về nhà ở", "http://gopy.test/drafts/" + second);
    }

    @Test
    void aLinkOpenedTwiceConfirmsOnceAndTheSecondTimeSaysItIsNoLongerValid() {
        alerts.request(new SubscriptionRequest("hai@example.vn", List.of(topic(TopicKind.PROVINCE, "hue")),
                Frequency.DAILY, Locale.ENGLISH), "203.0.113.1");
        String token = fixtures.confirmationToken("hai@example.vn");
        assertThat(alerts.confirm(token).result()).isEqualTo(ConfirmationResult.CONFIRMED);
        assertThat(alerts.confirm(token).result()).isEqualTo(ConfirmationResult.INVALID);
        assertThat(subscribers()).isEqualTo(1);
    }

    @Test
    void anExpiredLinkIsRefusedAndSubscribesNobody() {
        alerts.request(new SubscriptionRequest("ba@example.vn", List.of(topic(TopicKind.SECTOR, "F")),
                Frequency.DAILY, Locale.of("vi")), "203.0.113.1");
        clock.advance(Duration.ofHours(73));
        Confirmation confirmation = alerts.confirm(fixtures.confirmationToken("ba@example.vn"));
        assertThat(confirmation.result()).isEqualTo(ConfirmationResult.EXPIRED);
        assertThat(confirmation.manageToken()).isNull();
        assertThat(subscribers()).isZero();
    }

    @Test
    void aForgedOrMangledLinkIsRefused() {
        alerts.request(new SubscriptionRequest("bon@example.vn", List.of(topic(TopicKind.SECTOR, "F")),
                Frequency.DAILY, Locale.of("vi")), "203.0.113.1");
        assertThat(alerts.confirm("A".repeat(43)).result()).isEqualTo(ConfirmationResult.INVALID);
        assertThat(alerts.confirm("../../admin").result()).isEqualTo(ConfirmationResult.INVALID);
        assertThat(alerts.confirm(fixtures.confirmationToken("bon@example.vn").substring(1) + "x").result())
                .isEqualTo(ConfirmationResult.INVALID);
        assertThat(subscribers()).isZero();
    }

    @Test
    void unconfirmedRequestsArePurgedAfterAWeek() {
        alerts.request(new SubscriptionRequest("nam@example.vn", List.of(topic(TopicKind.SECTOR, "F")),
                Frequency.DAILY, Locale.of("vi")), "203.0.113.1");
        clock.advance(Duration.ofDays(6));
        alerts.purge();
        assertThat(requests()).isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        alerts.purge();
        assertThat(requests()).isZero();
    }

    @Test
    void aBadAddressNoTopicAndUnknownCodesAreEachNamedAndNothingIsStoredOrMailed() {
        assertThat(problems(new SubscriptionRequest("not-an-address", List.of(topic(TopicKind.SECTOR, "F")),
                Frequency.DAILY, null))).containsExactly("email:outreach.alerts.error.email");
        assertThat(problems(new SubscriptionRequest("", List.of(), null, null))).containsExactlyInAnyOrder(
                "email:common.error.required", "topics:outreach.alerts.error.no-topic",
                "frequency:outreach.alerts.error.frequency");
        assertThat(problems(new SubscriptionRequest("sau@example.vn", List.of(topic(TopicKind.SECTOR, "ZZ"),
                topic(TopicKind.AGENCY, "NOPE"), topic(TopicKind.PROVINCE, "atlantis"),
                topic(TopicKind.DOCUMENT_TYPE, "MEMO"), topic(TopicKind.SEARCH, "page=2")), Frequency.DAILY, null)))
                .containsExactly("topics:outreach.alerts.error.unknown-sector", "topics:outreach.alerts.error.unknown-agency",
                        "topics:outreach.alerts.error.unknown-province", "topics:outreach.alerts.error.unknown-type",
                        "topics:outreach.alerts.error.search-empty");
        assertThat(requests()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single()).isZero();
    }

    @Test
    void aSixthRequestForOneAddressWithinTheHourIsRefusedWithTheWait() {
        for (int i = 0; i < 5; i++) {
            alerts.request(new SubscriptionRequest("bay@example.vn", List.of(topic(TopicKind.SECTOR, "F")),
                    Frequency.DAILY, null), "203.0.113." + i);
        }
        assertThatThrownBy(() -> alerts.request(new SubscriptionRequest("Bay@Example.vn",
                List.of(topic(TopicKind.SECTOR, "F")), Frequency.DAILY, null), "203.0.113.9"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(requests()).isEqualTo(5);
    }

    private List<String> problems(SubscriptionRequest request) {
        try {
            alerts.request(request, "203.0.113.1");
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("accepted: " + request);
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("SELECT template FROM mail_outbox WHERE recipient = ? ORDER BY id").param(email)
                .query(String.class).list();
    }

    private long subscribers() {
        return jdbc.sql("SELECT count(*) FROM alert_subscriber").query(Long.class).single();
    }

    private long requests() {
        return jdbc.sql("SELECT count(*) FROM alert_request").query(Long.class).single();
    }
}
