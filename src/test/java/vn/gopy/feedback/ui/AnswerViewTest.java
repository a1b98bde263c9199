package vn.gopy.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.gopy.comments.CommenterKind;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.AnswerFilter;
import vn.gopy.feedback.AnswerItem;
import vn.gopy.feedback.Outcome;
import vn.gopy.feedback.Progress;
import vn.gopy.feedback.ui.FeedbackFixtures.Author;

/** The drafting agency answers comments: one, a campaign, a selection; with errors, undo, filters and pages. */
class AnswerViewTest extends FeedbackViewTest {

    private String answers(String query) {
        return "feedback/" + draft + "/answers" + (query.isEmpty() ? "" : "?" + query);
    }

    private List<AnswerCard> cards() {
        return $(AnswerCard.class).all();
    }

    private AnswerCard card(long commentId) {
        return cards().stream().filter(c -> c.item().commentId() == commentId).findFirst().orElseThrow();
    }

    private String progress() {
        return $(Span.class).withClassName("answer-progress-text").single().getText();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Outcome> outcome(AnswerEditor editor) {
        return $(RadioButtonGroup.class).from(editor).single();
    }

    private TextArea explanation(AnswerEditor editor) {
        return $(TextArea.class).from(editor).single();
    }

    private TextField changedArticle(AnswerEditor editor) {
        return $(TextField.class).from(editor).single();
    }

    private void fill(AnswerEditor editor, Outcome choice, String text, String article) {
        test(outcome(editor)).selectItem(t("feedback.outcome." + choice.name()));
        test(explanation(editor)).setValue(text);
        test(changedArticle(editor)).setValue(article);
    }

    private void save(AnswerEditor editor) {
        test($(Button.class).from(editor).withClassName("answer-save").single()).click();
    }

    private List<AnswerItem> stored() {
        return dispositions.items(draft, AnswerFilter.all(), 0, 100).items();
    }

    @Test
    void aDrafterAnswersACommentAndSeesTheAnswerAndTheProgress() {
        long first = published("1", "Đề nghị làm rõ phạm vi điều chỉnh đối với đất quốc phòng.");
        published("2", "Đề nghị bổ sung đối tượng là người nước ngoài.");
        asDrafter();

        open(answers(""));

        assertThat(progress()).isEqualTo(t("feedback.progress.answered", 0, 2));
        assertThat(cards()).hasSize(2);
        AnswerCard card = card(first);
        assertThat(card.getElement().getTextRecursively()).contains(t("feedback.answers.unanswered"),
                "Đề nghị làm rõ phạm vi", t("comments.kind.INDIVIDUAL"), "Nguyễn Thị Lan", "Hà Nội", t("feedback.article.label", "1"));

        fill(card.editor(), Outcome.ACCEPTED, "Đã bổ sung khoản 3 Điều 1.", "Điều 1");
        save(card.editor());

        assertThat(stored().getFirst().answer()).isEqualTo(new Answer(Outcome.ACCEPTED, "Đã bổ sung khoản 3 Điều 1.", "1"));
        assertThat(progress()).isEqualTo(t("feedback.progress.answered", 1, 2));
        assertThat(card.editor().isVisible()).isFalse();
        assertThat(card.getElement().getTextRecursively()).contains(t("feedback.outcome.ACCEPTED"),
                "Đã bổ sung khoản 3 Điều 1.", t("feedback.answers.changed-article", "1"), "drafter-" + agency);
        assertThat($(Button.class).withClassName("undo-button").last().getText()).isEqualTo(t("feedback.answers.undo"));
    }

    @Test
    void notAcceptedWithoutAnExplanationIsRefusedBesideTheFieldAndNothingIsLostOrStored() {
        long id = published("1", "Đề nghị bỏ Điều 1.");
        asDrafter();
        open(answers(""));
        AnswerEditor editor = card(id).editor();

        fill(editor, Outcome.NOT_ACCEPTED, "", "Điều 2");
        save(editor);

        assertThat(explanation(editor).isInvalid()).isTrue();
        assertThat(explanation(editor).getErrorMessage()).isEqualTo(t("common.error.required"));
        assertThat(changedArticle(editor).isInvalid()).isTrue();
        assertThat(changedArticle(editor).getErrorMessage()).isEqualTo(t("feedback.error.article-not-changed"));
        assertThat(outcome(editor).getValue()).isEqualTo(Outcome.NOT_ACCEPTED);
        assertThat(changedArticle(editor).getValue()).isEqualTo("Điều 2");
        assertThat(editor.isVisible()).isTrue();
        assertThat(comments.dispositions(draft)).isZero();
        assertThat(progress()).isEqualTo(t("feedback.progress.answered", 0, 1));

        test(changedArticle(editor)).setValue("");
        test(explanation(editor)).setValue("Quy định này cần thiết để bảo vệ người sử dụng đất.");
        // Ctrl+Enter in the editor saves as the button does
        ShortcutsKt._fireShortcut(editor, Key.ENTER, KeyModifier.CONTROL);

        assertThat(stored().getFirst().outcome()).isEqualTo(Outcome.NOT_ACCEPTED);
        assertThat(editor.isVisible()).as("answered: the editor closes").isFalse();
    }

    @Test
    void undoTakesANewAnswerBackAndPutsAChangedOneBackAsItWas() {
        long id = published("1", "Đề nghị sửa.");
        asDrafter();
        open(answers(""));

        fill(card(id).editor(), Outcome.NOTED, "", "");
        save(card(id).editor());
        assertThat(comments.dispositions(draft)).isEqualTo(1);
        test($(Button.class).withClassName("undo-button").last()).click();

        assertThat(comments.dispositions(draft)).isZero();
        assertThat(progress()).isEqualTo(t("feedback.progress.answered", 0, 1));
        assertThat(card(id).editor().isVisible()).isTrue();

        fill(card(id).editor(), Outcome.ACCEPTED, "Đã sửa.", "1");
        save(card(id).editor());
        test($(Button.class).from(card(id)).withClassName("answer-change").single()).click();
        assertThat(outcome(card(id).editor()).getValue()).as("the editor starts from the answer").isEqualTo(Outcome.ACCEPTED);
        fill(card(id).editor(), Outcome.PARTLY_ACCEPTED, "Tiếp thu một phần.", "");
        save(card(id).editor());
        assertThat(stored().getFirst().outcome()).isEqualTo(Outcome.PARTLY_ACCEPTED);
        test($(Button.class).withClassName("undo-button").last()).click();

        assertThat(stored().getFirst().answer()).isEqualTo(new Answer(Outcome.ACCEPTED, "Đã sửa.", "1"));
        assertThat(card(id).getElement().getTextRecursively()).contains(t("feedback.outcome.ACCEPTED"));
    }

    @Test
    void aSelectionIsAnsweredAtOnceAfterAConfirmationThatSaysHowMany() {
        long a = published("1", "Ý kiến thứ nhất.");
        long b = published("2", "Ý kiến thứ hai.");
        long c = published("3", "Ý kiến thứ ba.");
        asDrafter();
        open(answers(""));
        Button answerSelected = $(Button.class).withClassName("answer-selected").single();
        assertThat(answerSelected.isEnabled()).isFalse();

        test($(Checkbox.class).from(card(a)).single()).click();
        test($(Checkbox.class).from(card(c)).single()).click();
        assertThat(answerSelected.getText()).isEqualTo(t("feedback.answers.answer-selected", 2));
        test(answerSelected).click();
        BulkAnswerDialog dialog = $(BulkAnswerDialog.class).single();

        fill(dialog.editor(), Outcome.NOT_ACCEPTED, "", "");
        save(dialog.editor());
        assertThat(explanation(dialog.editor()).isInvalid()).as("checked before the confirmation").isTrue();
        assertThat($(ConfirmDialog.class).exists()).isFalse();

        fill(dialog.editor(), Outcome.NOT_ACCEPTED, "Không phù hợp với Hiến pháp.", "");
        save(dialog.editor());
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).isEqualTo(t("feedback.bulk.confirm-text", 2, t("feedback.outcome.NOT_ACCEPTED")));
        test(confirm).confirm();

        assertThat(dialog.isOpened()).isFalse();
        assertThat($(Paragraph.class).withClassName("answer-status").single().getText()).isEqualTo(t("feedback.bulk.done", 2, 0));
        assertThat(stored()).extracting(AnswerItem::commentId, AnswerItem::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a, Outcome.NOT_ACCEPTED), org.assertj.core.groups.Tuple.tuple(b, null),
                org.assertj.core.groups.Tuple.tuple(c, Outcome.NOT_ACCEPTED));
        assertThat(progress()).isEqualTo(t("feedback.progress.answered", 2, 3));
        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(2, 3));
    }

    @Test
    void theFiltersAndThePageLiveInTheAddress() {
        long individual = published("1", "Cá nhân về Điều 1.");
        long business = comments.published(draft, "1", "Doanh nghiệp về Điều 1.", Author.business("ho-chi-minh", "F"));
        long whole = published(null, "Về toàn bộ dự thảo.");
        asDrafter();
        dispositions.answer(individual, new Answer(Outcome.NOT_ACCEPTED, "Không phù hợp.", null));

        open(answers("article=1&by=BUSINESS"));
        assertThat(cards()).extracting(c -> c.item().commentId()).containsExactly(business);
        @SuppressWarnings("unchecked")
        Select<CommenterKind> kind = $(Select.class).withClassName("filter-kind").single();
        assertThat(kind.getValue()).isEqualTo(CommenterKind.BUSINESS);

        test(kind).selectItem(t("comments.kind.INDIVIDUAL"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(answers(""));
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .isEqualTo(Map.of("article", List.of("1"), "by", List.of("INDIVIDUAL")));
        assertThat(cards()).extracting(c -> c.item().commentId()).containsExactly(individual);

        open(answers("article=whole"));
        assertThat(cards()).extracting(c -> c.item().commentId()).containsExactly(whole);
        open(answers("outcome=NOT_ACCEPTED"));
        assertThat(cards()).extracting(c -> c.item().commentId()).containsExactly(individual);
        open(answers("todo=1"));
        assertThat(cards()).extracting(c -> c.item().commentId()).containsExactly(business, whole);
        assertThat($(Checkbox.class).withClassName("filter-todo").single().getValue()).isTrue();
        open(answers("article=99&by=nobody&page=x"));
        assertThat(cards()).as("nonsense in the address is ignored").hasSize(3);
        open(answers("article=3"));
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).isEqualTo(t("feedback.answers.empty-filter"));
    }

    @Test
    void twentyCommentsAPageWithAPagerThatKeepsTheFilter() {
        for (int i = 1; i <= 21; i++) {
            published("2", "Ý kiến số " + i + " về Điều 2.");
        }
        asDrafter();

        open(answers("article=2"));
        assertThat(cards()).hasSize(20);
        assertThat($(Anchor.class).withAttribute("rel", "next").single().getHref()).isEqualTo(answers("article=2&page=2"));

        open(answers("article=2&page=2"));
        assertThat(cards()).singleElement().satisfies(c -> assertThat(c.item().text()).isEqualTo("Ý kiến số 21 về Điều 2."));
        assertThat(pageText()).contains(t("drafts.pager.position", 2, 2));
    }

    @Test
    void aCampaignIsShownOnceWithItsSendersAndAnsweredForAll() {
        comments.campaign(draft, "2", 3, "ha-noi");
        published("1", "Một ý kiến khác.");
        asDrafter();
        open(answers(""));

        assertThat(cards()).hasSize(2);
        AnswerCard campaign = cards().stream().filter(c -> c.item().senders() == 3).findFirst().orElseThrow();
        assertThat(campaign.getElement().getTextRecursively()).contains(t("feedback.answers.senders", 3));
        assertThat(progress()).isEqualTo(t("feedback.progress.answered", 0, 4));

        fill(campaign.editor(), Outcome.NOTED, "Cảm ơn ý kiến.", "");
        save(campaign.editor());

        assertThat(comments.dispositions(draft)).isEqualTo(3);
        assertThat(progress()).isEqualTo(t("feedback.progress.answered", 3, 4));
        assertThat($(Paragraph.class).withClassName("answer-status").single().getText())
                .isEqualTo(t("feedback.answers.saved", campaign.item().trackingNumber(), 3));
    }

    @Test
    void afterTheReportIsPublishedThePageSaysSoAndNothingCanBeChanged() {
        long id = published("1", "Đề nghị sửa.");
        asDrafter();
        dispositions.answer(id, new Answer(Outcome.NOTED, "", null));
        long open = published("2", "Chưa được trả lời.");
        comments.reportPublished(draft);
        asDrafter();

        open(answers(""));

        assertThat($(Paragraph.class).withClassName("answer-locked").single().isVisible()).isTrue();
        assertThat($(Paragraph.class).withClassName("answer-locked").single().getText()).isEqualTo(t("feedback.error.report-published"));
        assertThat($(Button.class).from(card(open).editor()).withClassName("answer-save").single().isEnabled()).isFalse();
        assertThat($(Button.class).from(card(id)).withClassName("answer-change").exists()).as("no change").isFalse();
        assertThat($(Checkbox.class).from(card(open)).single().isEnabled()).isFalse();
        assertThat($(Button.class).withClassName("answer-selected").single().isEnabled()).isFalse();
    }

    @Test
    void theAddressIsShownOnlyForCommentersWhoAgreedAndTextIsNeverMarkup() {
        long agreed = comments.published(draft, "1", "Xin liên hệ với tôi.", Author.individual("ha-noi").contactable());
        long silent = published("1", "<b>Đậm</b> <script>alert('x')</script> Đề nghị sửa.");
        asDrafter();

        open(answers(""));

        assertThat($(Anchor.class).from(card(agreed)).withClassName("answer-email").single().getText()).endsWith("@example.vn");
        assertThat($(Anchor.class).from(card(silent)).withClassName("answer-email").exists()).isFalse();
        assertThat(card(silent).getElement().getTextRecursively()).contains("<b>Đậm</b> <script>alert('x')</script>");
        assertThat($(Html.class).exists()).isFalse();
    }
}
