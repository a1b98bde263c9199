package vn.gopy.comments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentState;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.Receipt;

class ConfirmViewTest extends CommentViewTest {

    private Receipt submitted(String email) {
        long id = fixtures.openDraft(justice, "CO-" + email.charAt(0));
        return fixtures.submit(id, "1", "Ý kiến cần xác nhận.", email, CommenterKind.INDIVIDUAL);
    }

    private String trackLink() {
        return $(Anchor.class).withClassName("comment-button").single().getHref();
    }

    @Test
    void openingTheLinkConfirmsTheCommentAndLeadsToItsTracking() {
        Receipt receipt = submitted("an@example.vn");
        String token = fixtures.confirmationToken("an@example.vn");
        TestStaff.anonymous();

        open("comments/confirm/" + token);

        assertThat($(H1.class).single().getText()).isEqualTo("Cảm ơn bạn, góp ý đã được xác nhận");
        assertThat(pageText()).contains("đang chờ kiểm duyệt", receipt.trackingNumber());
        assertThat(trackLink()).isEqualTo("track?number=" + receipt.trackingNumber());
        assertThat(comments.track(receipt.trackingNumber(), "an@example.vn").orElseThrow().state())
                .isEqualTo(CommentState.AWAITING_MODERATION);
    }

    @Test
    void openingTheLinkASecondTimeSaysItWasConfirmedBefore() {
        submitted("binh@example.vn");
        String token = fixtures.confirmationToken("binh@example.vn");
        TestStaff.anonymous();
        open("comments/confirm/" + token);

        open("comments/confirm/" + token);

        assertThat($(H1.class).single().getText()).isEqualTo("Góp ý đã được xác nhận trước đó");
    }

    @Test
    void aLinkOlderThanSeventyTwoHoursHasExpiredAndPointsToTheTrackingPage() {
        Receipt receipt = submitted("chi@example.vn");
        String token = fixtures.confirmationToken("chi@example.vn");
        clock.advance(Duration.ofHours(73));
        TestStaff.anonymous();

        open("comments/confirm/" + token);

        assertThat($(H1.class).single().getText()).isEqualTo("Đường liên kết đã hết hạn");
        assertThat(pageText()).contains("nhận một đường liên kết mới");
        assertThat(comments.track(receipt.trackingNumber(), "chi@example.vn").orElseThrow().state())
                .isEqualTo(CommentState.AWAITING_CONFIRMATION);
    }

    @Test
    void anUnknownLinkIsNotValidAndChangesNothing() {
        TestStaff.anonymous();

        open("comments/confirm/not-a-real-token");

        assertThat($(H1.class).single().getText()).isEqualTo("Đường liên kết không hợp lệ");
        assertThat(trackLink()).isEqualTo("track");
    }
}
