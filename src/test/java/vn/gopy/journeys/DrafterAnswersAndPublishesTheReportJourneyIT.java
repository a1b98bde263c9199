package vn.gopy.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.agencies.StaffAccountForm;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.security.Role;

/**
 * The promise of issue 6, the loop closed: a drafter answers the comments on a draft, publishes the reception
 * report once the consultation has closed, and a commenter, following the link in the mail, sees on the
 * tracking page how their comment was answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DrafterAnswersAndPublishesTheReportJourneyIT {

    private static final Pattern TRACK_LINK = Pattern.compile("http://gopy\\.test/(track\\?number=[0-9A-Z-]+)");
    private static final String EXPLANATION = "Không tiếp thu vì đối tượng này đã được quy định tại Luật Nhà ở.";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired CommentFixtures fixtures;
    @Autowired StaffAccountService accounts;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long draft;
    String author = uniqueEmail();

    @BeforeEach
    void aConsultationWithTwoPublishedComments() {
        database.clear();
        long agency = drafts.agency("BXD");
        TestStaff.admin();
        accounts.create(new StaffAccountForm("soanthao", "Lê Thu Trang", "soanthao@example.vn",
                Set.of(Role.DRAFTER), agency, true), "mat-khau-du-dai");
        draft = drafts.openDraft(agency, "NO-6", 31);
        fixtures.published(submission(draft, "2", "Đề nghị bổ sung người lao động tự do vào đối tượng áp dụng.",
                author));
        fixtures.published(submission(draft, null, "Ủng hộ dự thảo, đề nghị sớm ban hành.", uniqueEmail()));
        TestStaff.anonymous();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aDrafterAnswersPublishesTheReportAndTheCommenterSeesTheAnswer() throws Exception {
        try (Browser drafter = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            drafter.open("login");
            drafter.find(By.cssSelector("input[name='username']")).sendKeys("soanthao");
            drafter.find(By.cssSelector("input[name='password']")).sendKeys("mat-khau-du-dai", Keys.ENTER);
            drafter.until(d -> !drafter.currentPath().startsWith("login"));

            drafter.open("feedback/" + draft + "/answers");
            List<WebElement> cards = drafter.driver().findElements(By.cssSelector(".answer-card"));
            assertThat(cards).hasSize(2);
            answer(drafter, cards.get(0), "Không tiếp thu", EXPLANATION);
            drafter.screenshot(Path.of("target/screenshots/feedback-answers.png"));
            answer(drafter, drafter.driver().findElements(By.cssSelector(".answer-card")).get(1), "Ghi nhận",
                    "Cảm ơn ý kiến ủng hộ.");

            clock.advance(Duration.ofDays(32));
            drafter.open("feedback/" + draft + "/report");
            drafter.click(drafter.find(By.cssSelector("vaadin-button.publish-report")));
            drafter.click(drafter.find(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
            drafter.until(d -> d.findElement(By.cssSelector("vaadin-button.publish-report")).getText()
                    .startsWith("Công bố lại"));
            drafter.screenshot(Path.of("target/screenshots/feedback-report.png"));
            drafter.open("feedback/export?draft=" + draft);
            drafter.screenshot(Path.of("target/screenshots/feedback-export.png"));
        }

        String mail = jdbc.sql("SELECT text_body FROM mail_outbox WHERE template = 'report-published' AND recipient = ?")
                .param(author).query(String.class).single();
        Matcher link = TRACK_LINK.matcher(mail);
        assertThat(link.find()).as("the mail links to the tracking page").isTrue();

        try (Browser citizen = new Browser("http://localhost:" + port + "/", 360, 780)) {
            citizen.open(link.group(1));
            citizen.find(By.cssSelector(".track-form vaadin-email-field input")).sendKeys(author);
            citizen.click(citizen.find(By.cssSelector(".track-form vaadin-button")));
            WebElement answer = citizen.find(By.cssSelector(".agency-answer"));
            assertThat(answer.getText()).contains("Trả lời của cơ quan soạn thảo", "Không tiếp thu", EXPLANATION);
            assertThat((Boolean) citizen.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing sticks out sideways on a 360 px phone").isTrue();
            citizen.js("arguments[0].scrollIntoView({block: 'end'});", answer);
            citizen.screenshot(Path.of("target/screenshots/feedback-answer-tracking-phone.png"));

            citizen.open("drafts/" + draft);
            assertThat(citizen.find(By.id("reception-report")).getText()).contains("Không tiếp thu: 1", "Ghi nhận: 1");
        }
    }

    /** Picks the outcome by its label, writes the explanation and saves, as a drafter does with a mouse. */
    private static void answer(Browser drafter, WebElement card, String outcome, String explanation) {
        WebElement radio = card.findElements(By.cssSelector(".answer-outcome vaadin-radio-button")).stream()
                .filter(r -> r.getText().strip().equals(outcome)).findFirst().orElseThrow();
        drafter.click(radio);
        card.findElement(By.cssSelector(".answer-explanation textarea")).sendKeys(explanation);
        // Clicked through the DOM: the Undo notice of the previous answer may lie over the next card's button,
        // where a person would move it aside, and Selenium's click at a point would hit the notice.
        drafter.js("arguments[0].click();", card.findElement(By.cssSelector("vaadin-button.answer-save")));
        drafter.waitForVaadin();
        drafter.until(d -> card.findElement(By.cssSelector(".answer-current")).getText().contains(outcome));
    }
}
