package vn.gopy.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.IntegrationTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.internal.UnconfirmedComments;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.CommentTarget;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftStatus;

@IntegrationTest
class CommentSubmissionTest {

    @Autowired CommentService comments;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long draft;

    @BeforeEach
    void anOpenConsultationWithThreeArticles() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BTNMT"), "01/2026", 60);
        TestStaff.anonymous();
    }

    @AfterEach
    void clockBackToNow() {
        clock.reset();
    }

    @Test
    void aCommentOnAnArticleIsStoredAsAwaitingConfirmationWithACheckedTrackingNumber() {
        String email = uniqueEmail();
        Receipt receipt = comments.submit(submission(draft, "3", "Đề nghị làm rõ khái niệm \"đất ở\".", email), "192.0.2.10");

        assertThat(receipt.alreadySubmitted()).isFalse();
        assertThat(receipt.trackingNumber()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(comments.isWellFormedTrackingNumber(receipt.trackingNumber())).isTrue();
        TrackedComment tracked = comments.track(receipt.trackingNumber(), email).orElseThrow();
        assertThat(tracked.state()).isEqualTo(CommentState.AWAITING_CONFIRMATION);
        assertThat(tracked.articleLabel()).isEqualTo("3");
        assertThat(tracked.articleTitle()).isEqualTo("Giải thích từ ngữ");
        assertThat(tracked.text()).isEqualTo("Đề nghị làm rõ khái niệm \"đất ở\".");
        assertThat(tracked.draftTitle()).startsWith("Luật Đất đai");
        assertThat(tracked.confirmationExpiresAt()).isBetween(clock.instant().plus(Duration.ofHours(71)),
                clock.instant().plus(Duration.ofHours(72)));
    }

    @Test
    void theConfirmationMailIsQueuedInTheSameTransactionInTheAuthorsLanguage() {
        String email = uniqueEmail();
        CommentSubmission english = withLanguage(submission(draft, "2", "Please define \"land user\".", email), "en");
        String number = comments.submit(english, "192.0.2.10").trackingNumber();

        var mail = jdbc.sql("SELECT recipient, subject, text_body, html_body FROM mail_outbox").query().singleRow();
        assertThat(mail.get("recipient")).isEqualTo(email);
        assertThat((String) mail.get("subject")).isEqualTo("Please confirm your comment " + number);
        assertThat((String) mail.get("text_body")).contains("Article 2. Đối tượng áp dụng", "http://gopy.test/comments/confirm/",
                "http://gopy.test/track?number=" + number, "Please define \"land user\".");
        assertThat((String) mail.get("html_body")).contains("Please define &quot;land user&quot;.", "<a href=\"http://gopy.test/comments/confirm/");
    }

    @Test
    void aCommentOnTheWholeDraftHasNoArticle() {
        String email = uniqueEmail();
        String number = comments.submit(submission(draft, null, "Ủng hộ dự thảo.", email), "192.0.2.10").trackingNumber();

        assertThat(comments.track(number, email).orElseThrow().articleLabel()).isNull();
        assertThat(jdbc.sql("SELECT text_body FROM mail_outbox").query(String.class).single()).contains("toàn bộ dự thảo");
    }

    @Test
    void theSameCommentSentTwiceGetsTheFirstTrackingNumberAndOneMail() {
        String email = uniqueEmail();
        Receipt first = comments.submit(submission(draft, "1", "Cần bổ sung\n\nphạm vi.", email), "192.0.2.10");
        Receipt again = comments.submit(submission(draft, "1", "  Cần bổ sung \n\n phạm vi. ", email.toUpperCase()), "192.0.2.10");

        assertThat(again.trackingNumber()).isEqualTo(first.trackingNumber());
        assertThat(again.alreadySubmitted()).isTrue();
        assertThat(count("comment")).isEqualTo(1);
        assertThat(count("mail_outbox")).isEqualTo(1);
    }

    @Test
    void aDoubleClickThatArrivesTwiceAtOnceStoresOneComment() throws Exception {
        String email = uniqueEmail();
        CommentSubmission same = submission(draft, "1", "Gửi hai lần cùng lúc.", email);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Receipt> submit = () -> {
            start.await();
            return comments.submit(same, "192.0.2.10");
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Receipt>> receipts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            receipts.add(pool.submit(submit));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<Receipt> receipt : receipts) {
            numbers.add(receipt.get().trackingNumber());
        }
        pool.shutdown();

        assertThat(numbers).containsOnly(numbers.getFirst());
        assertThat(count("comment")).isEqualTo(1);
        assertThat(count("mail_outbox")).isEqualTo(1);
    }

    @Test
    void theSameTextOnAnotherArticleIsAnotherComment() {
        String email = uniqueEmail();
        String first = comments.submit(submission(draft, "1", "Đồng ý.", email), "192.0.2.10").trackingNumber();
        String second = comments.submit(submission(draft, "2", "Đồng ý.", email), "192.0.2.10").trackingNumber();

        assertThat(second).isNotEqualTo(first);
        assertThat(count("comment")).isEqualTo(2);
    }

    @Test
    void aConsultationThatClosedWhileTheFormWasOpenRefusesTheComment() {
        CommentTarget target = comments.target(draft, "3");
        assertThat(target.isOpen()).isTrue();
        clock.advance(Duration.ofDays(61));

        assertThatThrownBy(() -> comments.submit(submission(draft, "3", "Muộn rồi.", uniqueEmail()), "192.0.2.10"))
                .isInstanceOfSatisfying(ConsultationClosedException.class,
                        e -> assertThat(e.status()).isEqualTo(DraftStatus.CLOSED));
        assertThat(count("comment")).isZero();
        assertThat(count("mail_outbox")).isZero();
    }

    @Test
    void anUnknownArticleOrDraftIsNotFound() {
        assertThatThrownBy(() -> comments.submit(submission(draft, "99", "Điều không có.", uniqueEmail()), "192.0.2.10"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.submit(submission(draft + 1000, null, "Dự thảo không có.", uniqueEmail()), "192.0.2.10"))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("comment")).isZero();
    }

    @Test
    void tooManyCommentsFromOneAddressAreRefusedUntilTheBucketRefills() {
        String email = uniqueEmail();
        for (int i = 1; i <= 10; i++) {
            comments.submit(submission(draft, "1", "Ý kiến số " + i, email), "192.0.2.10");
        }

        assertThatThrownBy(() -> comments.submit(submission(draft, "1", "Ý kiến số 11", email), "192.0.2.99"))
                .isInstanceOfSatisfying(TooManyCommentsException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(count("comment")).isEqualTo(10);
        assertThat(comments.submit(submission(draft, "1", "Người khác", uniqueEmail()), "192.0.2.99").alreadySubmitted()).isFalse();
    }

    @Test
    void unconfirmedCommentsAreForgottenAfterThirtyDays(@Autowired UnconfirmedComments cleanup) {
        String email = uniqueEmail();
        String number = comments.submit(submission(draft, "1", "Chưa xác nhận.", email), "192.0.2.10").trackingNumber();
        clock.advance(Duration.ofDays(31));

        int deleted = cleanup.deleteExpired();

        assertThat(deleted).isEqualTo(1);
        assertThat(comments.track(number, email)).isEmpty();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    static CommentSubmission withLanguage(CommentSubmission s, String language) {
        return new CommentSubmission(s.draftId(), s.articleLabel(), s.text(), s.email(), s.name(), s.publishName(),
                s.kind(), s.organisation(), s.provinceCode(), s.sectorCode(), s.businessSize(),
                s.consentToPublishText(), s.consentToPrivacyNotice(), s.mayContact(), s.website(), s.attachments(), language);
    }
}
