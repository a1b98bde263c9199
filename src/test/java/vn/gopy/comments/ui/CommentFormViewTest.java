package vn.gopy.comments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentState;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.TrackedComment;

class CommentFormViewTest extends CommentViewTest {

    private CommentForm form() {
        return $(CommentForm.class).single();
    }

    private void fillIn(String text, String email) {
        test(form().text).setValue(text);
        test(form().email).setValue(email);
        test(form().aboutYou.name).setValue("Trần Thị Bình");
        test(form().aboutYou.province).selectItem("Hà Nội");
        form().consents.publishText.setValue(true);
        form().consents.privacyNotice.setValue(true);
    }

    @Test
    void theFormSaysWhichArticleItIsAboutAndLinksBackToIt() {
        long id = fixtures.openDraft(justice, "CF-1");
        TestStaff.anonymous();
        open("drafts/" + id + "/articles/3/comment");

        assertThat($(H1.class).single().getText()).isEqualTo("Góp ý Điều 3. Giải thích từ ngữ");
        assertThat($(Anchor.class).withClassName("back-link").single().getHref()).isEqualTo("drafts/" + id + "/articles/3");
        assertThat($(CommentForm.class).all()).hasSize(1);
        assertThat(form().website.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(form().website.getParent().orElseThrow().getElement().getAttribute("aria-hidden")).isEqualTo("true");
    }

    @Test
    void aValidCommentShowsATrackingNumberAndIsStoredAwaitingConfirmation() {
        long id = fixtures.openDraft(justice, "CF-2");
        TestStaff.anonymous();
        open("drafts/" + id + "/articles/3/comment");
        fillIn("Đề nghị làm rõ khái niệm \"đất ở\".\n\nCần thêm ví dụ 🙂 <script>alert(1)</script>", "binh@example.vn");

        test(form().submit).click();

        assertThat($(CommentForm.class).all()).isEmpty();
        String number = $(ReceiptPanel.class).single().getElement().getTextRecursively();
        String trackingNumber = test($(ReceiptPanel.class).single()).find(Span.class)
                .withClassName("tracking-number").single().getText();
        assertThat(number).contains("Đã nhận góp ý của bạn", trackingNumber, "72 giờ");
        assertThat(test($(ReceiptPanel.class).single()).find(Anchor.class).single().getHref())
                .isEqualTo("track?number=" + trackingNumber);
        TrackedComment stored = comments.track(trackingNumber, "binh@example.vn").orElseThrow();
        assertThat(stored.state()).isEqualTo(CommentState.AWAITING_CONFIRMATION);
        assertThat(stored.articleLabel()).isEqualTo("3");
        assertThat(stored.text()).contains("<script>alert(1)</script>", "🙂");
    }

    @Test
    void sendingTheSameCommentAgainShowsTheFirstTrackingNumberWithANote() {
        long id = fixtures.openDraft(justice, "CF-3");
        String first = fixtures.submit(id, null, "Nên giữ nguyên Điều 1.", "an@example.vn", CommenterKind.INDIVIDUAL)
                .trackingNumber();
        TestStaff.anonymous();
        open("drafts/" + id + "/comment");
        assertThat($(H1.class).single().getText()).isEqualTo("Góp ý toàn bộ dự thảo");
        fillIn("Nên giữ nguyên Điều 1.", "an@example.vn");

        test(form().submit).click();

        assertThat($(ReceiptPanel.class).single().getElement().getTextRecursively()).contains(first,
                "đây là mã theo dõi của lần gửi đầu tiên");
    }

    @Test
    void everyProblemShowsNextToItsFieldAtOnceAndNothingIsStored() {
        long id = fixtures.openDraft(justice, "CF-4");
        TestStaff.anonymous();
        open("drafts/" + id + "/articles/2/comment");
        test(form().aboutYou.kind).selectItem("Doanh nghiệp");
        test(form().email).setValue("not-an-address");

        test(form().submit).click();

        assertThat(form().text.isInvalid()).isTrue();
        assertThat(form().text.getErrorMessage()).isNotBlank();
        assertThat(form().email.isInvalid()).isTrue();
        assertThat(form().aboutYou.organisation.isInvalid()).isTrue();
        assertThat(form().consents.publishText.isInvalid()).isTrue();
        assertThat(form().consents.privacyNotice.isInvalid()).isTrue();
        assertThat(form().alert.isVisible()).isTrue();
        assertThat(form().alert.getElement().getTextRecursively()).contains("Chưa có gì được lưu");
        assertThat(form().submit.isEnabled()).isTrue();
        assertThat(fixtures.mailsQueued()).isZero();
    }

    @Test
    void aDraftThatIsNotOpenShowsWhyAndNoForm() {
        long closed = fixtures.closedDraft(justice, "CF-5");
        long scheduled = fixtures.scheduledDraft(justice, "CF-6");
        TestStaff.anonymous();

        open("drafts/" + closed + "/articles/1/comment");
        assertThat($(CommentForm.class).all()).isEmpty();
        assertThat($(Paragraph.class).withClassName("comment-not-open").single().getText())
                .startsWith("Dự thảo này không còn nhận góp ý: đợt lấy ý kiến đã kết thúc lúc");

        open("drafts/" + scheduled + "/comment");
        assertThat($(CommentForm.class).all()).isEmpty();
        assertThat($(Paragraph.class).withClassName("comment-not-open").single().getText())
                .startsWith("Dự thảo này chưa nhận góp ý: đợt lấy ý kiến bắt đầu lúc");
    }

    @Test
    void aConsultationThatClosesWhileTheFormIsOpenShowsTheServersMessage() {
        long id = fixtures.openDraft(justice, "CF-7");
        TestStaff.anonymous();
        open("drafts/" + id + "/articles/1/comment");
        fillIn("Góp ý viết chậm.", "cham@example.vn");

        clock.advance(Duration.ofDays(41));
        test(form().submit).click();

        assertThat(form().alert.getElement().getTextRecursively())
                .contains("Đợt lấy ý kiến đã kết thúc trong lúc bạn đang viết");
        assertThat(form().submit.isEnabled()).isFalse();
        assertThat(fixtures.mailsQueued()).isZero();
    }

    @Test
    void reachingTheLimitForOneAddressSaysHowManyMinutesToWait() {
        long id = fixtures.openDraft(justice, "CF-8");
        for (int i = 1; i <= 10; i++) {
            fixtures.submit(id, "1", "Góp ý lần " + i + ".", "nhieu@example.vn", CommenterKind.INDIVIDUAL);
        }
        TestStaff.anonymous();
        open("drafts/" + id + "/articles/1/comment");
        fillIn("Góp ý lần 11.", "nhieu@example.vn");

        test(form().submit).click();

        assertThat(form().alert.getElement().getTextRecursively())
                .matches(".*Vui lòng thử lại sau \\d+ phút\\..*");
        assertThat($(ReceiptPanel.class).all()).isEmpty();
    }

    @Test
    void aRobotThatFillsInTheHiddenWebsiteFieldIsTurnedAway() {
        long id = fixtures.openDraft(justice, "CF-9");
        TestStaff.anonymous();
        open("drafts/" + id + "/comment");
        fillIn("Mua ngay!", "robot@example.vn");
        test(form().website).setValue("http://spam.example");

        test(form().submit).click();

        assertThat(form().alert.getElement().getTextRecursively()).contains("Không thể nhận ý kiến này");
        assertThat(fixtures.mailsQueued()).isZero();
    }
}
