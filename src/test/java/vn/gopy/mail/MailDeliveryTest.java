package vn.gopy.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.mail.MailOutboxTest.greeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.FreePort;
import vn.gopy.IntegrationTest;
import vn.gopy.KeepsSecurityStrategy;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.mail.internal.MailDelivery;
import vn.gopy.mail.internal.OutboxMessage;
import vn.gopy.mail.internal.OutboxRepository;

/**
 * Delivery to a real SMTP server (GreenMail, in this JVM), and what an outage of that server does. Naming a
 * mail server makes a Spring context of its own: it is closed after this class, and the shared context's
 * security strategy put back (see {@link KeepsSecurityStrategy}).
 */
@ExtendWith(KeepsSecurityStrategy.class)
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailDeliveryTest {

    /** A port of its own, so that another test run on the machine cannot be listening there. */
    static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired MailOutbox outbox;
    @Autowired MailDelivery delivery;
    @Autowired OutboxAdministration administration;
    @Autowired OutboxRepository messages;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void emptyOutbox() {
        database.clear();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void queuedMailArrivesOnceAsTextAndHtmlWithItsVietnameseSubjectIntact() throws Exception {
        List<Long> ids = queue(greeting("an@example.vn", Locale.of("vi"), "Nguyễn Văn An"),
                greeting("bob@example.com", Locale.ENGLISH, "Bob"));
        long id = ids.getFirst();

        // The commit wakes the sender: no poll (an hour in tests) and no call is needed.
        awaitSent(ids);
        assertThat(delivery.deliverDue()).as("nothing is left to send").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        MimeMessage received = receivedBy("an@example.vn");
        assertThat(received.getSubject()).isEqualTo("Xác nhận góp ý của Nguyễn Văn An");
        assertThat(received.getFrom()[0].toString()).contains("no-reply@gopy.test");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        OutboxMessage stored = messages.findById(id).orElseThrow();
        assertThat(received.getMessageID())
                .isEqualTo("<outbox-" + id + "-" + stored.getCreatedAt().toEpochMilli() + "@gopy.test>");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Chào Nguyễn Văn An,");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<a href=\"https://gopy.test/confirm/abc");
        assertThat(stored.getSentAt()).isNotNull();
        assertThat(stored.getAttempts()).isZero();
    }

    @Test
    void mailToASubscriberCarriesTheOneClickUnsubscribeHeadersAndOtherMailNone() throws Exception {
        String unsubscribe = "https://gopy.test/unsubscribe/Zq8-secret";
        List<Long> ids = queue(greeting("sub@example.vn", Locale.of("vi"), "An").withUnsubscribe(unsubscribe),
                greeting("other@example.vn", Locale.of("vi"), "Bình"));
        awaitSent(ids);

        MimeMessage subscriber = receivedBy("sub@example.vn");
        assertThat(subscriber.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
        assertThat(subscriber.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        MimeMessage other = receivedBy("other@example.vn");
        assertThat(other.getHeader("List-Unsubscribe")).isNull();
        assertThat(other.getHeader("List-Unsubscribe-Post")).isNull();
    }

    @Test
    void manyMailsQueuedAsAStreamArriveEachOnceWithTheirOwnHeaders() throws Exception {
        long queued = new TransactionTemplate(transactions).execute(status -> outbox.queueAll(
                java.util.stream.IntStream.range(0, 203).mapToObj(i -> greeting("reader" + i + "@example.vn",
                        Locale.of(i % 2 == 0 ? "vi" : "en"), "Reader " + i)
                        .withUnsubscribe("https://gopy.test/unsubscribe/t" + i))));

        assertThat(queued).isEqualTo(203);
        Instant giveUp = Instant.now().plusSeconds(60);
        while (smtp.getReceivedMessages().length < 203 && Instant.now().isBefore(giveUp)) {
            sleep(100);
        }
        assertThat(smtp.getReceivedMessages()).hasSize(203);
        MimeMessage last = receivedBy("reader201@example.vn");
        assertThat(last.getSubject()).isEqualTo("Confirm the comment of Reader 201");
        assertThat(last.getHeader("List-Unsubscribe")).containsExactly("<https://gopy.test/unsubscribe/t201>");
        assertThat(receivedBy("reader0@example.vn").getSubject()).isEqualTo("Xác nhận góp ý của Reader 0");
        assertThat(delivery.deliverDue()).as("every one was marked sent").isZero();
    }

    @Test
    void duringAnOutageMailWaitsWithItsAttemptsAndArrivesExactlyOnceWhenTheServerIsBack() {
        smtp.stop();
        List<Long> ids = queue(greeting("a@example.vn", Locale.of("vi"), "A"),
                greeting("b@example.vn", Locale.of("vi"), "B"), greeting("c@example.vn", Locale.of("vi"), "C"));

        // The wake-up after the commit tries the first, finds no server and leaves the others alone.
        awaitFailedAttempts(ids, 1);
        sleep(300);
        assertThat(failed(ids)).as("one connection failure stops the run").hasSize(1);
        assertThat(delivery.deliverDue()).isZero();
        assertThat(failed(ids)).hasSize(2);
        delivery.deliverDue();
        assertThat(failed(ids)).as("each run tries once more").hasSize(3);

        Instant afterFailures = clock.instant();
        for (OutboxMessage message : messages.findAllById(ids)) {
            assertThat(message.getSentAt()).isNull();
            assertThat(message.getAttempts()).isEqualTo(1);
            assertThat(message.getLastError()).contains("ConnectException");
            assertThat(message.getNextAttemptAt()).isAfter(afterFailures)
                    .isBefore(afterFailures.plus(Duration.ofSeconds(31)));
        }
        assertThat(delivery.deliverDue()).as("nothing is due before the back-off has passed").isZero();

        smtp.start();
        clock.advance(Duration.ofSeconds(31));
        assertThat(delivery.deliverDue()).isEqualTo(3);
        assertThat(delivery.deliverDue()).isZero();

        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("a@example.vn", "b@example.vn", "c@example.vn");
        assertThat(messages.findAllById(ids)).allSatisfy(m -> assertThat(m.getSentAt()).isNotNull());
    }

    @Test
    void anAdministratorSendsWhatIsDueNow() {
        smtp.stop();
        List<Long> ids = queue(greeting("a@example.vn", Locale.of("vi"), "A"));
        awaitFailedAttempts(ids, 1);
        smtp.start();
        clock.advance(Duration.ofMinutes(1));

        TestStaff.admin();
        assertThat(administration.mailServerConfigured()).isTrue();
        assertThat(administration.sendDueNow()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(administration.page("", 0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.state()).isEqualTo(OutboxEntry.State.SENT));
    }

    private List<Long> queue(Mail... mails) {
        return new TransactionTemplate(transactions).execute(status -> Stream.of(mails).map(outbox::queue).toList());
    }

    private List<OutboxMessage> failed(List<Long> ids) {
        return messages.findAllById(ids).stream().filter(m -> m.getAttempts() > 0).toList();
    }

    private void awaitSent(List<Long> ids) {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (messages.findAllById(ids).stream().anyMatch(m -> !m.isSent()) && Instant.now().isBefore(giveUp)) {
            sleep(50);
        }
        assertThat(messages.findAllById(ids)).allSatisfy(m -> assertThat(m.isSent()).isTrue());
    }

    private void awaitFailedAttempts(List<Long> ids, int count) {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (failed(ids).size() < count && Instant.now().isBefore(giveUp)) {
            sleep(50);
        }
        assertThat(failed(ids)).hasSizeGreaterThanOrEqualTo(count);
    }

    private MimeMessage receivedBy(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + address);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
