package vn.gopy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import vn.gopy.KeepsSecurityStrategy;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftFixtures;

/**
 * The promise of issue 4: a citizen on a phone comments on one article in under a minute and is told what
 * became of it. From the article to the form, the receipt, the confirmation mail (delivered to a real SMTP
 * server), the link in it, and the tracking page saying the comment awaits moderation.
 */
@ExtendWith(KeepsSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// A mail server of its own makes a Spring context of its own: closed after this class, the others' security put back.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CitizenCommentsOnAnArticleFromAPhoneJourneyIT {

    /** Started before the application, on a free port, so that the mail sender can be pointed at it. */
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern CONFIRM_LINK = Pattern.compile("comments/confirm/[A-Za-z0-9_\\-]+");

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
    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;

    long landLaw;

    @BeforeEach
    void aDraftIsOpenForComment() throws Exception {
        database.clear();
        SMTP.purgeEmailFromAllMailboxes();
        landLaw = drafts.openDraft(drafts.agency("BTP"), "JC-1", 40);
        TestStaff.anonymous();
    }

    @Test
    void aCitizenCommentsOnArticleThreeConfirmsByMailAndSeesItAwaitingModeration() throws Exception {
        try (Browser citizen = new Browser("http://localhost:" + port + "/", 360, 780)) {
            citizen.open("drafts/" + landLaw + "/articles/3");
            citizen.click(citizen.find(By.cssSelector("#article-3 a.comment-button")));
            citizen.until(d -> citizen.currentPath().equals("drafts/" + landLaw + "/articles/3/comment"));
            assertThat(citizen.find(By.cssSelector("h1")).getText()).isEqualTo("Góp ý Điều 3. Giải thích từ ngữ");

            citizen.find(By.cssSelector(".comment-text-field textarea"))
                    .sendKeys("Đề nghị giải thích thêm từ \"đất ở\".\nVí dụ: đất ở nông thôn và đô thị.");
            citizen.find(By.cssSelector(".comment-email input")).sendKeys("cong.dan@example.vn");
            citizen.click(citizen.find(By.cssSelector(".consent-publish-text input")));
            citizen.click(citizen.find(By.cssSelector(".consent-privacy input")));
            assertThat((Boolean) citizen.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing sticks out sideways on a 360 px phone").isTrue();
            citizen.screenshot(Path.of("target/screenshots/comment-form-phone.png"));

            citizen.click(citizen.find(By.cssSelector(".comment-submit")));

            String trackingNumber = citizen.find(By.cssSelector(".tracking-number")).getText();
            assertThat(citizen.find(By.cssSelector(".comment-receipt")).getText()).contains("72 giờ");
            citizen.screenshot(Path.of("target/screenshots/comment-receipt-phone.png"));

            assertThat(SMTP.waitForIncomingEmail(30_000, 1)).as("the confirmation mail arrives").isTrue();
            MimeMessage mail = SMTP.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("cong.dan@example.vn");
            Matcher link = CONFIRM_LINK.matcher(plainText(mail));
            assertThat(link.find()).as("the mail holds a confirmation link").isTrue();

            citizen.open(link.group());
            assertThat(citizen.find(By.cssSelector("h1")).getText()).isEqualTo("Cảm ơn bạn, góp ý đã được xác nhận");
            citizen.click(citizen.find(By.cssSelector("a.comment-button")));
            citizen.until(d -> citizen.currentPath().startsWith("track?number="));

            citizen.find(By.cssSelector(".track-form vaadin-email-field input")).sendKeys("cong.dan@example.vn");
            citizen.click(citizen.find(By.cssSelector(".track-form vaadin-button")));
            WebElement state = citizen.find(By.cssSelector(".tracked-comment .comment-state"));
            assertThat(state.getText()).isEqualTo("Đang chờ kiểm duyệt");
            assertThat(citizen.find(By.cssSelector(".tracked-comment")).getText()).contains(trackingNumber,
                    "Đề nghị giải thích thêm từ \"đất ở\".");
            citizen.screenshot(Path.of("target/screenshots/comment-tracking-phone.png"));
        }
    }

    /** The mail's plain-text part, decoded (a quoted-printable body would break the link over lines). */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text.append(plainText(child));
            }
            return text.toString();
        }
        return "";
    }
}
