package vn.gopy.benchmarks.mail;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.FreePort;
import vn.gopy.IntegrationTest;
import vn.gopy.KeepsSecurityStrategy;
import vn.gopy.TestDatabase;
import vn.gopy.mail.Mail;
import vn.gopy.mail.MailOutbox;

/**
 * How fast the outbox empties into a mail server: 10,000 mails (as a mailing of digests would queue them with
 * {@link MailOutbox#queueAll}) delivered to GreenMail on this machine by the sender the commit wakes, with the
 * default batch size. Prints its figures; see docs/benchmarks.md, "Alerts (issue 7)". Run:
 * {@code ./mvnw test -DexcludedGroups=none -Dtest=MailDeliveryBenchmark}.
 */
@Tag("benchmark")
@ExtendWith(KeepsSecurityStrategy.class)
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailDeliveryBenchmark {

    private static final int MAILS = Integer.getInteger("bench.mails", 10_000);
    static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired MailOutbox outbox;
    @Autowired TestDatabase database;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void tenThousandMailsFromTheOutboxToAMailServer() throws Exception {
        database.clear();
        System.out.printf("Mail delivery, %s, %d cores, Java %s%n", ZonedDateTime.now(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        long started = System.nanoTime();
        long queued = new TransactionTemplate(transactions).execute(status -> outbox.queueAll(IntStream.range(0, MAILS)
                .mapToObj(i -> new Mail("reader" + i + "@example.vn", Locale.of("vi"), "test-greeting",
                        Map.of("name", "Người đọc " + i, "link", "https://gopy.test/drafts/" + i))
                        .withUnsubscribe("https://gopy.test/unsubscribe/token" + i))));
        double queuedIn = (System.nanoTime() - started) / 1e9;
        long unsent = queued;
        while (unsent > 0 && System.nanoTime() - started < 600_000_000_000L) {
            Thread.sleep(50);
            unsent = jdbc.sql("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL").query(Long.class).single();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Queued %,d mails in %.2f s; all sent %.1f s after the start (%,.0f mails/s); the server"
                + " received %,d%n", queued, queuedIn, seconds, queued / seconds, smtp.getReceivedMessages().length);
        database.clear();
    }
}
