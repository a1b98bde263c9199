package vn.gopy.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
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
import vn.gopy.agencies.StaffAccountForm;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.security.Role;

/**
 * The promise of issue 5: a moderator clears a campaign of form letters with one key and rejects an abusive
 * comment with a reason by keyboard, and the author of the abusive comment is told by mail (to a real SMTP server).
 */
@ExtendWith(KeepsSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// A mail server of its own makes a Spring context of its own: closed after this class, the others' security put back.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ModeratorWorksThroughTheQueueByKeyboardJourneyIT {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final String LETTER = """
            Chúng tôi, những người dân sống ven sông, đề nghị Ban soạn thảo giữ nguyên quy định về hành lang bảo vệ \
            nguồn nước tại dự thảo, không thu hẹp khoảng cách từ mép nước đến công trình xây dựng. Việc thu hẹp \
            hành lang sẽ làm tăng nguy cơ sạt lở, ngập lụt và ô nhiễm, ảnh hưởng trực tiếp đến đời sống và sinh \
            kế của hàng nghìn hộ gia đình. Đề nghị bổ sung trách nhiệm của chủ đầu tư trong việc phục hồi bờ sông.""";

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
    @Autowired CommentService comments;
    @Autowired CommentFixtures fixtures;
    @Autowired StaffAccountService accounts;

    String abusiveAuthor = uniqueEmail();

    @BeforeEach
    void aCampaignAndAnAbusiveCommentWait() throws Exception {
        database.clear();
        SMTP.purgeEmailFromAllMailboxes();
        TestStaff.admin();
        accounts.create(new StaffAccountForm("kiemduyet", "Phạm Thu Hà", "kiemduyet@example.vn",
                Set.of(Role.MODERATOR), null, true), "mat-khau-du-dai");
        TestStaff.anonymous();
        long draft = drafts.openDraft(drafts.agency("BNNMT"), "KD-1", 40);
        String[] greetings = {"Kính gửi Ban soạn thảo,", "Kính thưa Bộ,", "", "Thưa quý cơ quan,"};
        int address = 10;
        for (String greeting : greetings) {
            fixtures.confirm(comments.submit(submission(draft, "2", (greeting + " " + LETTER).strip(), uniqueEmail()),
                    "192.0.2." + address++).trackingNumber());
        }
        fixtures.confirm(comments.submit(submission(draft, "2",
                "Ai viết điều này đúng là đồ ngu, phải sửa lại ngay toàn bộ điều khoản này.", abusiveAuthor),
                "192.0.2." + address).trackingNumber());
    }

    @Test
    void aModeratorApprovesACampaignWithOneKeyAndRejectsAnAbusiveCommentWithAReason() throws Exception {
        try (Browser moderator = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            moderator.open("login");
            moderator.find(By.cssSelector("input[name='username']")).sendKeys("kiemduyet");
            moderator.find(By.cssSelector("input[name='password']")).sendKeys("mat-khau-du-dai", Keys.ENTER);
            moderator.until(d -> !moderator.currentPath().startsWith("login"));

            moderator.open("moderation");
            assertThat(moderator.find(By.cssSelector(".comment-group")).getText()).contains("Thư mẫu: 4 thư");
            assertThat(moderator.find(By.cssSelector(".moderation-article")).getText()).contains("Điều 2. Đối tượng áp dụng");
            moderator.screenshot(Path.of("target/screenshots/moderation-queue.png"));

            press(moderator, "g");
            moderator.until(d -> !d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
            press(moderator, Keys.ENTER.toString());
            moderator.until(d -> d.findElement(By.cssSelector(".queue-status")).getText().contains("Đã quyết định 4 góp ý"));
            assertThat(moderator.find(By.cssSelector(".comment-flags")).getText()).contains("Từ ngữ thô tục");

            press(moderator, "r");
            moderator.until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
            press(moderator, "2");
            press(moderator, Keys.ENTER.toString());
            moderator.until(d -> d.findElement(By.cssSelector(".queue-status")).getText().startsWith("Đã từ chối góp ý"));
            assertThat(moderator.find(By.cssSelector(".queue-count")).getText()).isEqualTo("Không có góp ý nào đang chờ");
        }

        moderatorDecisionReachesTheAuthor();
    }

    private void moderatorDecisionReachesTheAuthor() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            boolean told = Arrays.stream(SMTP.getReceivedMessages()).anyMatch(this::isTheRejection);
            if (told) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail told " + abusiveAuthor + " that the comment was not published");
    }

    private boolean isTheRejection(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString().equals(abusiveAuthor)
                    && mail.getSubject().contains("không được công bố");
        } catch (Exception e) {
            return false;
        }
    }

    private static void press(Browser browser, String keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        browser.waitForVaadin();
    }
}
