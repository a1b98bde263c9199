package vn.gopy.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.gopy.TestStaff;
import vn.gopy.comments.Mask;
import vn.gopy.moderation.AuditEntry;
import vn.gopy.moderation.AuditTrail;
import vn.gopy.moderation.Flag;
import vn.gopy.moderation.QueueFilter;
import vn.gopy.moderation.QueueItem;
import vn.gopy.moderation.RejectionReason;

/** The queue as a moderator works through it, by keyboard and by mouse. */
class QueueViewTest extends ModerationViewTest {

    @org.springframework.beans.factory.annotation.Autowired AuditTrail audit;

    private String heading() {
        return $(H2.class).withId("current-comment-title").single().getText();
    }

    private String status() {
        return $(Paragraph.class).withClassName("queue-status").single().getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<QueueItem> list() {
        return $(Grid.class).withClassName("moderation-list").single();
    }

    @Test
    void aModeratorSeesTheWaitingCommentsOldestFirstWithTheArticleBeside() {
        String first = confirmed("3", "Đề nghị làm rõ khái niệm đất ở tại đô thị.");
        String second = confirmed(null, "Ủng hộ dự thảo, cần ban hành sớm để người dân yên tâm.");
        signIn(TestStaff::moderator);

        navigate(ModerationView.class);

        assertThat(heading()).isEqualTo(t("moderation.comment.title", first));
        assertThat($(Aside.class).single().getElement().getTextRecursively()).contains("Giải thích từ ngữ", "Trong Luật này");
        assertThat(test(list()).size()).isEqualTo(2);
        assertThat(test(list()).getCellText(1, 0)).isEqualTo(second);
        assertThat($(Paragraph.class).withClassName("queue-count").single().getText()).isEqualTo(t("moderation.queue.count", 2));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(t("moderation.key.approve"));

        fireShortcut(Key.KEY_J);
        assertThat(heading()).isEqualTo(t("moderation.comment.title", second));
        assertThat($(Aside.class).single().getElement().getTextRecursively()).contains(t("moderation.article.whole-draft"));
        fireShortcut(Key.KEY_K);
        assertThat(heading()).isEqualTo(t("moderation.comment.title", first));
    }

    @Test
    void theFiltersNarrowTheQueueAndLiveInTheAddress() {
        confirmed("1", "Đề nghị bổ sung quy định về đất tôn giáo và đất tín ngưỡng.");
        String abusive = confirmed("1", "Ai viết điều này đúng là đồ ngu, phải sửa lại ngay toàn bộ điều khoản.");
        signIn(TestStaff::moderator);

        open("moderation?flag=abusive");

        assertThat(test(list()).size()).isEqualTo(1);
        assertThat(heading()).isEqualTo(t("moderation.comment.title", abusive));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(t("moderation.flag.ABUSIVE"));

        @SuppressWarnings("unchecked")
        Select<Flag> flag = $(Select.class).withCaption(t("moderation.filter.flag")).single();
        assertThat(flag.getValue()).isEqualTo(Flag.ABUSIVE);
        flag.setValue(null);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("moderation");
        assertThat(test(list()).size()).isEqualTo(2);

        open("moderation?draft=" + draft + "&kind=business");
        assertThat(test(list()).size()).isZero();
        assertThat(heading()).isEqualTo(t("moderation.queue.nothing"));
    }

    @Test
    void approvingByKeyPublishesTheCommentAndMovesOnToTheNext() {
        String first = confirmed("1", "Đề nghị bổ sung quy định về đất tôn giáo và đất tín ngưỡng.");
        String second = confirmed("2", "Đề nghị giữ nguyên Điều 2 vì đã phù hợp thực tiễn.");
        signIn(TestStaff::moderator);
        navigate(ModerationView.class);

        fireShortcut(Key.KEY_A);

        assertThat(status()).isEqualTo(t("moderation.done.approved", first));
        assertThat(heading()).isEqualTo(t("moderation.comment.title", second));
        assertThat(test(list()).size()).isEqualTo(1);
        assertThat(published()).extracting(p -> p.text()).containsExactly("Đề nghị bổ sung quy định về đất tôn giáo và đất tín ngưỡng.");
    }

    @Test
    void rejectingAsksForAReasonAndOtherNeedsANote() {
        String spam = confirmed("1", "Bán đất nền giá rẻ, liên hệ ngay hôm nay để được chiết khấu cao.");
        String other = confirmed("1", "Ý kiến về một dự án khác của tỉnh, không phải dự thảo này.");
        signIn(TestStaff::moderator);
        navigate(ModerationView.class);

        fireShortcut(Key.KEY_R);
        RejectDialog dialog = $(RejectDialog.class).single();
        test(radios(dialog)).selectItem("4. " + t("moderation.reason.SPAM"));
        test($(Button.class, dialog).withClassName("reject-confirm").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(status()).isEqualTo(t("moderation.done.rejected", spam));

        test($(Button.class).withClassName("action-reject").single()).click();
        dialog = $(RejectDialog.class).single();
        test(radios(dialog)).selectItem("6. " + t("moderation.reason.OTHER"));
        test($(Button.class, dialog).withClassName("reject-confirm").single()).click();
        TextField note = $(TextField.class, dialog).single();
        assertThat(dialog.isOpened()).as("the note is missing").isTrue();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo(t("moderation.error.note-needed"));

        test(note).setValue("Xin gửi ý kiến này tới Ủy ban nhân dân tỉnh.");
        test($(Button.class, dialog).withClassName("reject-confirm").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(status()).isEqualTo(t("moderation.done.rejected", other));
        assertThat(heading()).isEqualTo(t("moderation.queue.nothing"));
        TestStaff.admin();
        assertThat(audit.page(0, 10).items()).extracting(AuditEntry::reason, AuditEntry::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OTHER", "Xin gửi ý kiến này tới Ủy ban nhân dân tỉnh."),
                org.assertj.core.groups.Tuple.tuple("SPAM", null));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<RejectionReason> radios(RejectDialog dialog) {
        return $(RadioButtonGroup.class, dialog).single();
    }

    @Test
    void aMaskedPartIsPreviewedAndPublishedMaskedWhileTheOriginalIsKept() {
        String text = "Tôi đề nghị sửa Điều 1, xin liên hệ tôi qua số 0912 345 678 để trao đổi thêm.";
        String number = confirmed("1", text);
        signIn(TestStaff::moderator);
        navigate(ModerationView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(t("moderation.flag.PERSONAL_DATA"));

        int start = text.indexOf("0912");
        $(MaskEditor.class).single().mask(start, start + "0912 345 678".length());
        String masked = "Tôi đề nghị sửa Điều 1, xin liên hệ tôi qua số " + Mask.MASKED + " để trao đổi thêm.";
        assertThat($(MaskEditor.class).single().getElement().getTextRecursively()).contains(masked);
        fireShortcut(Key.KEY_A);

        assertThat(published()).extracting(p -> p.text()).containsExactly(masked);
        assertThat(queue.item(idOfDecided(number)).orElseThrow().comment().text()).isEqualTo(text);
    }

    private long idOfDecided(String number) {
        return published().getFirst().id();
    }

    @Test
    void aSelectionIsApprovedAtOnceAfterAConfirmationThatSaysHowMany() {
        confirmed("1", "Đề nghị bổ sung quy định về đất tôn giáo và đất tín ngưỡng.");
        confirmed("2", "Đề nghị giữ nguyên Điều 2 vì đã phù hợp thực tiễn.");
        String left = confirmed("3", "Đề nghị định nghĩa rõ đất ở tại nông thôn.");
        signIn(TestStaff::moderator);
        navigate(ModerationView.class);

        fireShortcut(Key.KEY_X);
        fireShortcut(Key.KEY_J);
        fireShortcut(Key.KEY_X);
        assertThat(test(list()).getSelected()).hasSize(2);
        test($(Button.class).withClassName("approve-selected").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).isEqualTo(t("moderation.selection.approve-text", 2));
        test(confirm).confirm();

        assertThat(published()).hasSize(2);
        assertThat(test(list()).size()).isEqualTo(1);
        assertThat(heading()).isEqualTo(t("moderation.comment.title", left));
    }

    @Test
    void aWholeFormLetterIsApprovedWithOneKeyAndPublishedOnceWithItsCount() {
        campaign();
        String own = confirmed("2", "Tôi đề nghị quy định rõ thời hạn cấp giấy phép khai thác nước mặt cho hộ nuôi thủy sản.");
        signIn(TestStaff::moderator);
        navigate(ModerationView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(t("moderation.group.letters", 5));

        fireShortcut(Key.KEY_G);
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).isEqualTo(t("moderation.group.approve-text", 5));
        test(confirm).confirm();

        assertThat(status()).isEqualTo(t("moderation.bulk.decided", 5));
        assertThat(heading()).isEqualTo(t("moderation.comment.title", own));
        assertThat(published()).singleElement().satisfies(p -> assertThat(p.campaignSize()).isEqualTo(5));
    }

    @Test
    void whenAnotherModeratorWasFirstTheQueueSaysSoAndMovesOn() {
        String first = confirmed("1", "Đề nghị bổ sung quy định về đất tôn giáo và đất tín ngưỡng.");
        String second = confirmed("2", "Đề nghị giữ nguyên Điều 2 vì đã phù hợp thực tiễn.");
        signIn(TestStaff::moderator);
        navigate(ModerationView.class);

        decisions.approve(idOf(first), List.of());
        fireShortcut(Key.KEY_A);

        assertThat(status()).isEqualTo(t("moderation.already-decided", first));
        assertThat(heading()).isEqualTo(t("moderation.comment.title", second));
        assertThat(queue.count(QueueFilter.any())).isEqualTo(1);
    }
}
