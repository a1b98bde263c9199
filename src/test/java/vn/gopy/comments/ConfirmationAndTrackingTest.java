package vn.gopy.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.IntegrationTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.ConfirmationOutcome.Result;
import vn.gopy.drafts.DraftFixtures;

@IntegrationTest
class ConfirmationAndTrackingTest {

    @Autowired CommentService comments;
    @Autowired CommentDecisions decisions;
    @Autowired CommentFixtures fixtures;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long draft;
    String email;
    String number;

    @BeforeEach
    void aSubmittedComment() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BTP"), "02/2026", 60);
        TestStaff.anonymous();
        email = uniqueEmail();
        number = comments.submit(submission(draft, "2", "Đề nghị bổ sung hộ kinh doanh.", email), "192.0.2.20").trackingNumber();
    }

    @AfterEach
    void clockBackToNow() {
        clock.reset();
        TestStaff.anonymous();
    }

    @Test
    void openingTheLinkMovesTheCommentToModerationAndTellsWhoListens() {
        ConfirmationOutcome outcome = comments.confirm(fixtures.confirmationToken(number));

        assertThat(outcome).isEqualTo(new ConfirmationOutcome(Result.CONFIRMED, number));
        TrackedComment tracked = comments.track(number, email).orElseThrow();
        assertThat(tracked.state()).isEqualTo(CommentState.AWAITING_MODERATION);
        assertThat(tracked.confirmedAt()).isNotNull();
    }

    @Test
    void aUsedLinkChangesNothingAndSaysSo() {
        String token = fixtures.confirmationToken(number);
        comments.confirm(token);
        var confirmedAt = comments.track(number, email).orElseThrow().confirmedAt();

        assertThat(comments.confirm(token).result()).isEqualTo(Result.ALREADY_CONFIRMED);
        assertThat(comments.track(number, email).orElseThrow().confirmedAt()).isEqualTo(confirmedAt);
    }

    @Test
    void aLinkOpenedAfterSeventyTwoHoursHasExpiredAndANewOneCanBeSent() {
        String oldToken = fixtures.confirmationToken(number);
        clock.advance(Duration.ofHours(72).plusMinutes(1));

        assertThat(comments.confirm(oldToken).result()).isEqualTo(Result.EXPIRED);
        assertThat(comments.track(number, email).orElseThrow().state()).isEqualTo(CommentState.AWAITING_CONFIRMATION);

        assertThat(comments.resendConfirmation(number, email, "192.0.2.20")).isTrue();
        String newToken = fixtures.confirmationToken(number);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(comments.confirm(oldToken).result()).isEqualTo(Result.INVALID);
        assertThat(comments.confirm(newToken).result()).isEqualTo(Result.CONFIRMED);
    }

    @Test
    void forgedOrDamagedLinksAreInvalidAndChangeNothing() {
        String token = fixtures.confirmationToken(number);
        String forged = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

        for (String bad : new String[] {forged, token.substring(0, 20), "", null, "../../etc/passwd", token + "x",
                "<script>alert(1)</script>", "' OR 1=1 --"}) {
            assertThat(comments.confirm(bad)).isEqualTo(new ConfirmationOutcome(Result.INVALID, null));
        }
        assertThat(comments.track(number, email).orElseThrow().state()).isEqualTo(CommentState.AWAITING_CONFIRMATION);
    }

    @Test
    void trackingNeedsTheNumberAndTheAddressAndForgivesHowTheNumberIsTyped() {
        String typed = number.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');

        assertThat(comments.track(typed, " " + email.toUpperCase() + " ")).isPresent();
        assertThat(comments.track(number, "someone-else@example.vn")).isEmpty();
        assertThat(comments.track(number, null)).isEmpty();
        assertThat(comments.track(null, email)).isEmpty();
    }

    @Test
    void aMistypedCharacterIsCaughtByTheCheckCharacter() {
        char[] chars = number.toCharArray();
        chars[2] = chars[2] == 'X' ? 'Y' : 'X';
        String mistyped = new String(chars);

        assertThat(comments.isWellFormedTrackingNumber(mistyped)).isFalse();
        assertThat(comments.track(mistyped, email)).isEmpty();
    }

    @Test
    void theAuthorSeesWhetherTheCommentWasPublishedOrNotAndWhy() {
        comments.confirm(fixtures.confirmationToken(number));
        TestStaff.moderator();
        decisions.reject(decisions.idOf(number).orElseThrow(), "Ý kiến không liên quan đến dự thảo.");
        TestStaff.anonymous();

        TrackedComment tracked = comments.track(number, email).orElseThrow();
        assertThat(tracked.state()).isEqualTo(CommentState.NOT_PUBLISHED);
        assertThat(tracked.decisionReason()).isEqualTo("Ý kiến không liên quan đến dự thảo.");
        assertThat(tracked.publishedAt()).isNull();
        var mail = jdbc.sql("SELECT recipient, text_body FROM mail_outbox WHERE template = 'comment-not-published'")
                .query().singleRow();
        assertThat(mail.get("recipient")).isEqualTo(email);
        assertThat((String) mail.get("text_body")).contains(number, "Ý kiến không liên quan đến dự thảo.",
                "http://gopy.test/track?number=" + number);
    }

    @Test
    void theAuthorIsToldByMailWhenTheCommentIsPublished() {
        comments.confirm(fixtures.confirmationToken(number));
        TestStaff.moderator();
        decisions.publish(decisions.idOf(number).orElseThrow());

        String text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE template = 'comment-published'")
                .query(String.class).single();
        assertThat(text).contains(number, "http://gopy.test/drafts/" + draft + "/articles/2");
    }

    @Test
    void aLinkOpenedJustBeforeItExpiresStillConfirms() {
        String token = fixtures.confirmationToken(number);
        clock.advance(Duration.ofHours(70));

        assertThat(comments.confirm(token).result()).isEqualTo(Result.CONFIRMED);
    }
}
