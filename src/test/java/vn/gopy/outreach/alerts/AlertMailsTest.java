package vn.gopy.outreach.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.outreach.alerts.AlertFixtures.topic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.ServedPagesTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.mail.internal.MailDelivery;
import vn.gopy.outreach.alerts.internal.AlertJobs;
import vn.gopy.outreach.alerts.internal.AlertSender;

/**
 * Immediate alerts through a real SMTP server (GreenMail): a draft opens, is about to close, gets its report;
 * each mail carries the one-click unsubscribe headers, and a POST to that address (as a mail client sends it,
 * without session or CSRF token) stops the mail, while a GET (a mail scanner) does not.
 */
@ServedPagesTest
class AlertMailsTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailGoesToTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopTheMailServer() {
        SMTP.stop();
    }

    @LocalServerPort int port;
    @Autowired AlertFixtures fixtures;
    @Autowired AlertService alerts;
    @Autowired AlertSender sender;
    @Autowired AlertJobs jobs;
    @Autowired MailDelivery delivery;
    @Autowired DraftFixtures drafts;
    @Autowired DraftService draftService;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long agency;
    String token;

    @BeforeEach
    void anImmediateSubscriberOfSectorF() throws Exception {
        database.clear();
        fixtures.clear();
        agency = drafts.agency("BXD");
        token = fixtures.subscribe("nhan@example.vn", Frequency.IMMEDIATE, topic(TopicKind.SECTOR, "F"));
        untilTheOutboxIsEmpty();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aDraftOpeningClosingSoonAndItsReportEachBringOneMailWithTheUnsubscribeHeaders() throws Exception {
        long draft = fixtures.openDraft(agency, "Luật Xây dựng (sửa đổi)", "LAW", Set.of("F"), Set.of());
        MimeMessage opened = nextMail();
        assertThat(opened.getSubject()).matches("Bắt đầu lấy ý kiến: Luật Xây dựng \\(sửa đổi\\) \\(AL-[0-9]+\\)");
        assertThat(GreenMailUtil.getBody(opened)).contains("http://gopy.test/drafts/" + draft);
        assertThat(opened.getHeader("List-Unsubscribe")).containsExactly("<http://gopy.test/unsubscribe/" + token + ">");
        assertThat(opened.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        clock.advance(Duration.ofDays(32));
        jobs.checkTick();
        sender.sendImmediate();
        assertThat(delivery.deliverDue()).as("8 days before closing is not yet 'soon' (7 days)").isZero();
        clock.advance(Duration.ofDays(2));
        jobs.checkTick();
        assertThat(nextMail().getSubject()).startsWith("Sắp hết hạn góp ý: Luật Xây dựng");
        jobs.checkTick();
        sender.sendImmediate();
        assertThat(delivery.deliverDue()).as("closing soon is sent once per draft").isZero();

        clock.advance(Duration.ofDays(7));
        TestStaff.drafterOf(agency);
        draftService.markReportPublished(draft);
        TestStaff.anonymous();
        MimeMessage report = nextMail();
        assertThat(report.getSubject()).startsWith("Đã có báo cáo tiếp thu, giải trình: Luật Xây dựng");
        assertThat(GreenMailUtil.getBody(report)).contains("http://gopy.test/drafts/" + draft + "#reception-report");
    }

    @Test
    void aOneClickPostUnsubscribesWithoutSessionOrTokenAndAGetDoesNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI address = URI.create("http://localhost:" + port + "/unsubscribe/" + token);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hủy nhận mọi thư báo", "method=\"post\"");
        assertThat(alerts.preferences(token, Locale.of("vi")).orElseThrow().unsubscribed()).isFalse();

        HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(alerts.preferences(token, Locale.of("vi")).orElseThrow().unsubscribed()).isTrue();

        fixtures.openDraft(agency, "Luật Nhà ở", "LAW", Set.of("F"), Set.of());
        sender.sendImmediate();
        assertThat(delivery.deliverDue()).as("nothing after unsubscribing").isZero();

        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/unsubscribe/" + "x".repeat(43))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Liên kết không hợp lệ");
    }

    @Test
    void thePreferencesLinkRemovesATopicChangesFrequencyAndLanguageAndUndoesAnUnsubscription() throws Exception {
        Preferences before = alerts.preferences(token, Locale.ENGLISH).orElseThrow();
        FollowedTopic sector = before.topics().getFirst();
        assertThat(sector.label()).isEqualTo("F · Construction");

        alerts.removeTopic(token, sector.id());
        fixtures.openDraft(agency, "Luật Nhà ở", "LAW", Set.of("F"), Set.of());
        assertThat(fixtures.pending("nhan@example.vn")).isEmpty();
        alerts.restoreTopic(token, sector.topic());
        alerts.change(token, Frequency.IMMEDIATE, Locale.ENGLISH);
        alerts.unsubscribe(token);
        alerts.resubscribe(token);

        long draft = fixtures.openDraft(agency, "Luật Xây dựng", "LAW", Set.of("F"), Set.of());
        MimeMessage mail = nextMail();
        assertThat(mail.getSubject()).matches("Open for comment: Luật Xây dựng \\(AL-[0-9]+\\)");
        assertThat(GreenMailUtil.getBody(mail)).contains("http://gopy.test/alerts/manage/" + token,
                "http://gopy.test/drafts/" + draft);
    }

    /**
     * The sender woken by a commit may hold the confirmation mail while this thread's delivery skips it (rows
     * are claimed with SKIP LOCKED): only when the outbox has nothing unsent has the mail server got it all.
     */
    private void untilTheOutboxIsEmpty() throws InterruptedException {
        long giveUp = System.nanoTime() + 10_000_000_000L;
        delivery.deliverDue();
        while (jdbc.sql("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL").query(Long.class).single() > 0
                && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
    }

    /** Sends what is waiting, as the schedules do, and returns the one mail that arrives. */
    private MimeMessage nextMail() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        sender.sendImmediate();
        delivery.deliverDue();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).as(Arrays.toString(received)).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("nhan@example.vn");
        return received[0];
    }
}
