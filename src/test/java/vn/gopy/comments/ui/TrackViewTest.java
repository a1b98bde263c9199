package vn.gopy.comments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.Receipt;

class TrackViewTest extends CommentViewTest {

    private TrackView track(String number, String email) {
        TestStaff.anonymous();
        TrackView view = (TrackView) open("track?number=" + number);
        assertThat(view.number.getValue()).isEqualTo(number);
        test(view.email).setValue(email);
        test(view.show).click();
        return view;
    }

    private String result() {
        return $(TrackedCommentPanel.class).single().getElement().getTextRecursively();
    }

    @Test
    void aCommentAwaitingConfirmationCanHaveItsLinkSentAgain() {
        long id = fixtures.openDraft(justice, "TR-1");
        Receipt receipt = fixtures.submit(id, "2", "Cần làm rõ đối tượng <b>áp dụng</b>.", "an@example.vn",
                CommenterKind.INDIVIDUAL);
        String firstToken = fixtures.confirmationToken("an@example.vn");

        track(receipt.trackingNumber(), "AN@example.vn");

        assertThat(result()).contains("Đang chờ xác nhận", "Điều 2. Đối tượng áp dụng", "Cần làm rõ đối tượng <b>áp dụng</b>.",
                "Đường liên kết xác nhận có hiệu lực đến");
        Button again = $(Button.class).withClassName("resend-button").single();
        test(again).click();
        assertThat($(Paragraph.class).withClassName("resend-status").single().getText()).contains("đường liên kết mới");
        assertThat(fixtures.confirmationToken("an@example.vn")).isNotEqualTo(firstToken);
    }

    @Test
    void aConfirmedCommentAwaitsModeration() {
        long id = fixtures.openDraft(justice, "TR-2");
        Receipt receipt = fixtures.submit(id, null, "Ý kiến chung.", "binh@example.vn", CommenterKind.INDIVIDUAL);
        fixtures.confirm("binh@example.vn");

        track(receipt.trackingNumber(), "binh@example.vn");

        assertThat(result()).contains("Đang chờ kiểm duyệt", "Toàn bộ dự thảo", "Xác nhận lúc");
        assertThat($(Button.class).withClassName("resend-button").all()).isEmpty();
    }

    @Test
    void aPublishedCommentLinksToTheDraft() {
        long id = fixtures.openDraft(justice, "TR-3");
        Receipt receipt = fixtures.published(id, "1", "Đồng ý với Điều 1.", "chi@example.vn", CommenterKind.INDIVIDUAL);

        track(receipt.trackingNumber(), "chi@example.vn");

        assertThat(result()).contains("Đã công bố", "Công bố lúc", "Xem góp ý trên trang dự thảo");
    }

    @Test
    void aCommentThatWasNotPublishedShowsTheReason() {
        long id = fixtures.openDraft(justice, "TR-4");
        Receipt receipt = fixtures.submit(id, "1", "Quảng cáo dịch vụ.", "dung@example.vn", CommenterKind.BUSINESS);
        fixtures.confirm("dung@example.vn");
        fixtures.reject(receipt, "Nội dung quảng cáo, không góp ý về dự thảo.");

        track(receipt.trackingNumber(), "dung@example.vn");

        assertThat(result()).contains("Không được công bố", "Lý do: Nội dung quảng cáo, không góp ý về dự thảo.");
    }

    @Test
    void aWrongEmailGetsOneNeutralAnswerThatDoesNotSayWhichPartWasWrong() {
        long id = fixtures.openDraft(justice, "TR-5");
        Receipt receipt = fixtures.submit(id, "1", "Ý kiến.", "em@example.vn", CommenterKind.INDIVIDUAL);

        TrackView view = track(receipt.trackingNumber(), "other@example.vn");

        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.message.getText())
                .isEqualTo("Không có góp ý nào với mã theo dõi và địa chỉ e-mail này. Hãy kiểm tra lại cả hai.");
        assertThat($(TrackedCommentPanel.class).all()).isEmpty();
    }

    @Test
    void aNumberWithATypoIsCaughtBeforeAskingForTheComment() {
        long id = fixtures.openDraft(justice, "TR-6");
        String number = fixtures.submit(id, "1", "Ý kiến.", "gia@example.vn", CommenterKind.INDIVIDUAL).trackingNumber();
        String typo = withWrongCheckCharacter(number);

        TrackView view = track(typo, "gia@example.vn");

        assertThat(view.number.isInvalid()).isTrue();
        assertThat(view.number.getErrorMessage()).isEqualTo("Mã theo dõi này có lỗi đánh máy. Hãy kiểm tra lại từng ký tự.");
        assertThat(view.message.isVisible()).isFalse();
    }

    /** The same number with its last character changed: the check character no longer matches. */
    private String withWrongCheckCharacter(String number) {
        for (char c : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
            String candidate = number.substring(0, number.length() - 1) + c;
            if (!candidate.equals(number) && !comments.isWellFormedTrackingNumber(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No typo found for " + number);
    }
}
