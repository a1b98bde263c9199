package vn.gopy.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.submission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gopy.FreePort;
import vn.gopy.IntegrationTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.KeepsSecurityStrategy;
import vn.gopy.mail.internal.MailDelivery;

/**
 * The confirmation mail through a real SMTP server (GreenMail): comments submitted while the server is down
 * are all confirmed by mail once it is back, each mail arriving once, and the link in the mail works.
 */
@ExtendWith(KeepsSecurityStrategy.class)
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CommentMailTest {

    static final int SMTP_PORT = FreePort.find();
    private static final Pattern CONFIRMATION_LINK = Pattern.compile("http://gopy\\.test/comments/confirm/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired CommentService comments;
    @Autowired MailDelivery delivery;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;

    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BXD"), "05/2026", 60);
        TestStaff.anonymous();
    }

    @AfterEach
    void serverUpAndClockBack() {
        clock.reset();
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void commentsSubmittedDuringAnOutageAreAllConfirmedByMailOnceTheServerIsBack() throws Exception {
        smtp.stop();
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            numbers.add(comments.submit(submission(draft, "3", "Góp ý số " + i + " trong lúc máy chủ thư ngừng.",
                    "nguoi" + i + "@example.vn"), "192.0.2.50").trackingNumber());
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            delivery.deliverDue();
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();

        smtp.start();
        clock.advance(Duration.ofHours(1));
        while (delivery.deliverDue() > 0) {
            // every due message, batch after batch
        }
        delivery.deliverDue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(5);
        assertThat(received).extracting(m -> m.getAllRecipients()[0].toString()).containsExactlyInAnyOrder(
                "nguoi1@example.vn", "nguoi2@example.vn", "nguoi3@example.vn", "nguoi4@example.vn", "nguoi5@example.vn");
        assertThat(received).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> "Xác nhận ý kiến góp ý " + n).toList());

        MimeMessage first = received[0];
        String text = (String) ((MimeMultipart) first.getContent()).getBodyPart(0).getContent();
        Matcher link = CONFIRMATION_LINK.matcher(text);
        assertThat(link.find()).as("the mail carries the confirmation link").isTrue();
        ConfirmationOutcome outcome = comments.confirm(link.group(1));
        assertThat(outcome.result()).isEqualTo(ConfirmationOutcome.Result.CONFIRMED);
        assertThat(comments.track(outcome.trackingNumber(), first.getAllRecipients()[0].toString()).orElseThrow().state())
                .isEqualTo(CommentState.AWAITING_MODERATION);
    }
}
