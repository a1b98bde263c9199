package vn.gopy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gopy.KeepsSecurityStrategy;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.alerts.AlertFixtures;

/**
 * The promise of the alerts: a citizen on a phone subscribes to a sector, confirms by the link in the mail, and
 * when a drafter publishes a draft of that sector the alert arrives at once, with the draft's title and link and
 * the one-click unsubscribe header; the unsubscribe link then stops it.
 */
@ExtendWith(KeepsSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SubscriberGetsAnAlertJourneyIT {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern CONFIRM_LINK = Pattern.compile("http://gopy\\.test/(alerts/confirm/[A-Za-z0-9_-]{43})");
    private static final String CITIZEN = "theo.doi@example.vn";

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailAndAQuickSender(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // Immediate alerts go within a second here (a minute in production), as the scheduler sends them.
        registry.add("gopy.outreach.alerts.send-interval", () -> "PT1S");
    }

    @AfterAll
    static void stopTheMailServer() {
        SMTP.stop();
    }

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired AlertFixtures alerts;

    long agency;

    @BeforeEach
    void anAgency() throws Exception {
        database.clear();
        alerts.clear();
        SMTP.purgeEmailFromAllMailboxes();
        agency = drafts.agency("BXD");
        TestStaff.anonymous();
    }

    @Test
    void aCitizenSubscribesToASectorConfirmsAndIsMailedWhenAMatchingDraftIsPublished() throws Exception {
        try (Browser citizen = new Browser("http://localhost:" + port + "/", 360, 780)) {
            citizen.open("alerts");
            WebElement sector = citizen.find(By.cssSelector(".alert-topic-sector input"));
            sector.sendKeys("Xây dựng");
            citizen.waitForVaadin();
            sector.sendKeys(Keys.ARROW_DOWN, Keys.ENTER); // the first match, by keyboard
            citizen.waitForVaadin();
            sector.sendKeys(Keys.ESCAPE);
            assertThat(citizen.find(By.cssSelector(".alert-topic-sector")).getText()).contains("F · Xây dựng");
            citizen.find(By.cssSelector(".alert-email input")).sendKeys(CITIZEN);
            WebElement immediate = citizen.driver().findElements(By.cssSelector(".alert-frequency vaadin-radio-button"))
                    .stream().filter(r -> r.getText().strip().equals("Ngay khi có tin")).findFirst().orElseThrow();
            citizen.click(immediate);
            assertThat((Boolean) citizen.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing sticks out sideways on a 360 px phone").isTrue();
            citizen.screenshot(Path.of("target/screenshots/alerts-subscribe-phone.png"));
            citizen.click(citizen.find(By.cssSelector(".alert-submit")));
            assertThat(citizen.find(By.cssSelector(".alert-requested")).getText()).contains(CITIZEN);

            assertThat(SMTP.waitForIncomingEmail(30_000, 1)).as("the confirmation mail arrives").isTrue();
            MimeMessage confirmation = SMTP.getReceivedMessages()[0];
            String text = GreenMailUtil.getBody(confirmation);
            assertThat(decoded(confirmation)).contains("F · Xây dựng");
            Matcher link = CONFIRM_LINK.matcher(decoded(confirmation));
            assertThat(link.find()).as("a confirmation link in " + text).isTrue();

            citizen.open(link.group(1));
            assertThat(citizen.find(By.cssSelector("h1")).getText()).isEqualTo("Bạn đã bắt đầu nhận tin");
        }
        SMTP.purgeEmailFromAllMailboxes();

        long draft = alerts.openDraft(agency, "Luật Xây dựng (sửa đổi)", "LAW", Set.of("F"), Set.of());

        assertThat(SMTP.waitForIncomingEmail(30_000, 1)).as("the alert arrives").isTrue();
        MimeMessage alert = SMTP.getReceivedMessages()[0];
        assertThat(alert.getAllRecipients()[0].toString()).isEqualTo(CITIZEN);
        assertThat(alert.getSubject()).contains("Bắt đầu lấy ý kiến", "Luật Xây dựng (sửa đổi)");
        assertThat(decoded(alert)).contains("Luật Xây dựng (sửa đổi)", "http://gopy.test/drafts/" + draft);
        String[] unsubscribe = alert.getHeader("List-Unsubscribe");
        assertThat(unsubscribe).as(Arrays.toString(unsubscribe)).hasSize(1);
        assertThat(unsubscribe[0]).matches("<http://gopy\\.test/unsubscribe/[A-Za-z0-9_-]{43}>");
        assertThat(alert.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        try (Browser citizen = new Browser("http://localhost:" + port + "/", 360, 780)) {
            // A plain page, not Vaadin: opened and clicked without waiting for Vaadin.
            citizen.driver().get("http://localhost:" + port + "/"
                    + unsubscribe[0].substring("<http://gopy.test/".length(), unsubscribe[0].length() - 1));
            citizen.find(By.cssSelector("button.unsubscribe-button")).click();
            citizen.until(d -> d.findElement(By.cssSelector("h1")).getText().equals("Bạn đã hủy nhận thư báo"));
        }
        assertThat(alerts.pending(CITIZEN)).isEmpty();
    }

    /** The plain-text part, decoded (quoted-printable would break links and diacritics over lines). */
    private static String decoded(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) multipart.getBodyPart(i).getContent();
                }
            }
        }
        return String.valueOf(content);
    }
}
