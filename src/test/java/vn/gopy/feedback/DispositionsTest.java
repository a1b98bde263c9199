package vn.gopy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommenterKind;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.feedback.ui.FeedbackFixtures;
import vn.gopy.feedback.ui.FeedbackFixtures.Author;

/** The drafting agency answers the published comments of its drafts, against the real database. */
@IntegrationTest
class DispositionsTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired FeedbackFixtures comments;
    @Autowired Dispositions dispositions;

    long agency;
    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        agency = drafts.agency("BTP");
        draft = drafts.openDraft(agency, "DT-1", 40);
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    private long published(String article, String text) {
        return comments.published(draft, article, text, Author.individual("ha-noi"));
    }

    private static Answer accepted(String article) {
        return new Answer(Outcome.ACCEPTED, "Đã sửa theo góp ý.", article);
    }

    @Test
    void anAnswerIsStoredWithWhoAndWhenAndTheProgressCountsIt() {
        long first = published("1", "Đề nghị làm rõ phạm vi điều chỉnh đối với đất quốc phòng.");
        published("2", "Đề nghị bổ sung đối tượng là người nước ngoài.");
        published(null, "Ủng hộ dự thảo.");
        TestStaff.drafterOf(agency);

        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(0, 3));
        assertThat(dispositions.answer(first, new Answer(Outcome.ACCEPTED, "  Đã bổ sung khoản 3.  ", "Điều 1"))).isEqualTo(1);

        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(1, 3));
        AnswerItem item = dispositions.items(draft, AnswerFilter.all(), 0, 20).items().getFirst();
        assertThat(item.commentId()).isEqualTo(first);
        assertThat(item.answer()).isEqualTo(new Answer(Outcome.ACCEPTED, "Đã bổ sung khoản 3.", "1"));
        assertThat(item.answeredBy()).isEqualTo("drafter-" + agency);
        assertThat(item.answeredAt()).isNotNull();

        dispositions.answer(first, new Answer(Outcome.NOTED, "", null));
        assertThat(dispositions.items(draft, AnswerFilter.all(), 0, 20).items().getFirst().answer())
                .as("a second answer replaces the first").isEqualTo(new Answer(Outcome.NOTED, "", null));
        assertThat(comments.dispositions(draft)).isEqualTo(1);
    }

    @Test
    void theLawsRulesForAnAnswerAreCheckedAndARefusedAnswerStoresNothing() {
        long id = published("1", "Đề nghị bỏ quy định này.");
        TestStaff.drafterOf(agency);

        assertThat(problems(() -> dispositions.answer(id, new Answer(Outcome.NOT_ACCEPTED, "  ", null))))
                .containsExactly(tuple("explanation", "common.error.required"));
        assertThat(problems(() -> dispositions.answer(id, new Answer(Outcome.PARTLY_ACCEPTED, null, "2"))))
                .containsExactly(tuple("explanation", "common.error.required"));
        assertThat(problems(() -> dispositions.answer(id, new Answer(null, "Lý do", null))))
                .containsExactly(tuple("outcome", "feedback.error.outcome-required"));
        assertThat(problems(() -> dispositions.answer(id, new Answer(Outcome.NOTED, "", "Điều 2"))))
                .containsExactly(tuple("changedArticle", "feedback.error.article-not-changed"));
        assertThat(problems(() -> dispositions.answer(id, new Answer(Outcome.NOT_ACCEPTED, "Không phù hợp.", "3"))))
                .containsExactly(tuple("changedArticle", "feedback.error.article-not-changed"));
        assertThat(problems(() -> dispositions.answer(id, accepted("99"))))
                .containsExactly(tuple("changedArticle", "feedback.error.no-such-article"));
        assertThat(problems(() -> dispositions.answer(id, new Answer(Outcome.NOT_ACCEPTED, "x".repeat(5_001), null))))
                .containsExactly(tuple("explanation", "common.error.too-long"));

        assertThat(comments.dispositions(draft)).isZero();
        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(0, 1));
        dispositions.answer(id, new Answer(Outcome.NOT_ACCEPTED, "x".repeat(5_000), null));
        assertThat(comments.dispositions(draft)).isEqualTo(1);
    }

    @Test
    void onlyPublishedCommentsAreAnswered() {
        long waiting = comments.awaiting(draft, "1", "Chưa được duyệt.", Author.individual("ha-noi"));
        long rejected = comments.rejected(draft, "1", "Quảng cáo bán đất nền giá rẻ.", Author.individual("ha-noi"));
        TestStaff.drafterOf(agency);

        for (long id : List.of(waiting, rejected)) {
            assertThat(problems(() -> dispositions.answer(id, accepted(null))))
                    .containsExactly(tuple("comment", "feedback.error.not-published"));
        }
        assertThat(dispositions.items(draft, AnswerFilter.all(), 0, 20).total()).isZero();
        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(0, 0));
    }

    @Test
    void aCampaignIsAnsweredOnceAndEveryLetterGetsItsOwnRow() {
        List<Long> letters = comments.campaign(draft, "2", 5, "can-tho");
        published("1", "Một ý kiến khác.");
        TestStaff.drafterOf(agency);

        List<AnswerItem> items = dispositions.items(draft, AnswerFilter.all(), 0, 20).items();
        assertThat(items).extracting(AnswerItem::senders).containsExactlyInAnyOrder(5, 1);
        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(0, 6));

        assertThat(dispositions.answer(letters.get(2), new Answer(Outcome.NOT_ACCEPTED, "Đã có quy định tại Điều 3.", null)))
                .as("a letter's answer is its campaign's").isEqualTo(5);
        assertThat(comments.dispositions(draft)).isEqualTo(5);
        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(5, 6));
        assertThat(dispositions.items(draft, new AnswerFilter(null, null, null, true), 0, 20).items())
                .singleElement().extracting(AnswerItem::senders).isEqualTo(1);

        assertThat(dispositions.withdraw(letters.getFirst())).isEqualTo(5);
        assertThat(comments.dispositions(draft)).isZero();
        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(0, 6));
    }

    @Test
    void aLetterPublishedIntoAnAnsweredCampaignTakesItsAnswer() {
        List<Long> letters = comments.campaign(draft, "2", 3, "ha-noi");
        TestStaff.drafterOf(agency);
        dispositions.answer(letters.getFirst(), new Answer(Outcome.NOT_ACCEPTED, "Đã có quy định tại Điều 3.", null));

        List<Long> late = comments.campaign(draft, "2", 1, "hue");

        assertThat(late.getFirst()).as("the late letter joined the campaign").isEqualTo(letters.getFirst());
        TestStaff.drafterOf(agency);
        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(4, 4));
        assertThat(comments.dispositions(draft)).isEqualTo(4);
    }

    @Test
    void aSelectionIsAnsweredAtOnceSkippingWhatIsNotPublished() {
        long a = published("1", "Ý kiến thứ nhất.");
        long b = published("2", "Ý kiến thứ hai.");
        long waiting = comments.awaiting(draft, "1", "Chưa được duyệt.", Author.individual("ha-noi"));
        List<Long> letters = comments.campaign(draft, "2", 3, "ha-noi");
        TestStaff.drafterOf(agency);

        BulkAnswerOutcome outcome = dispositions.answerAll(List.of(a, b, waiting, letters.get(1), letters.get(2)),
                new Answer(Outcome.NOTED, "Cảm ơn ý kiến.", null));

        assertThat(outcome).isEqualTo(new BulkAnswerOutcome(5, 1));
        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(5, 5));
        assertThat(dispositions.items(draft, AnswerFilter.all(), 0, 20).items())
                .extracting(AnswerItem::outcome).containsOnly(Outcome.NOTED);
        assertThat(problems(() -> dispositions.answerAll(List.of(a), new Answer(Outcome.NOT_ACCEPTED, "", null))))
                .containsExactly(tuple("explanation", "common.error.required"));
    }

    @Test
    void aSelectionIsOfOneDraft() {
        long a = published("1", "Ý kiến về dự thảo thứ nhất.");
        long other = drafts.openDraft(agency, "DT-2", 40);
        long b = comments.published(other, "1", "Ý kiến về dự thảo thứ hai.", Author.individual("ha-noi"));
        TestStaff.drafterOf(agency);

        assertThat(problems(() -> dispositions.answerAll(List.of(a, b), accepted(null))))
                .containsExactly(tuple("selection", "feedback.error.one-draft-at-a-time"));
        assertThat(comments.dispositions(draft)).isZero();
    }

    @Test
    void anAnswerCanBeTakenBack() {
        long id = published("1", "Đề nghị sửa.");
        TestStaff.drafterOf(agency);
        dispositions.answer(id, accepted("1"));

        assertThat(dispositions.withdraw(id)).isEqualTo(1);

        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(0, 1));
        assertThat(dispositions.items(draft, AnswerFilter.all(), 0, 20).items().getFirst().isAnswered()).isFalse();
        assertThat(dispositions.withdraw(id)).as("nothing left to take back").isZero();
    }

    @Test
    void onceTheReportIsPublishedTheAnswersStayAsTheyAre() {
        long answered = published("1", "Đề nghị sửa.");
        long open = published("2", "Đề nghị bổ sung.");
        TestStaff.drafterOf(agency);
        dispositions.answer(answered, accepted("1"));
        comments.reportPublished(draft);

        assertThat(problems(() -> dispositions.answer(open, accepted(null))))
                .containsExactly(tuple("comment", "feedback.error.report-published"));
        assertThat(problems(() -> dispositions.answer(answered, new Answer(Outcome.NOTED, "", null))))
                .containsExactly(tuple("comment", "feedback.error.report-published"));
        assertThat(problems(() -> dispositions.withdraw(answered)))
                .containsExactly(tuple("comment", "feedback.error.report-published"));
        assertThat(problems(() -> dispositions.answerAll(List.of(open), accepted(null))))
                .containsExactly(tuple("comment", "feedback.error.report-published"));

        assertThat(dispositions.progress(draft)).isEqualTo(new Progress(1, 2));
        assertThat(dispositions.items(draft, AnswerFilter.all(), 0, 20).items().getFirst().answer())
                .isEqualTo(new Answer(Outcome.ACCEPTED, "Đã sửa theo góp ý.", "1"));
    }

    @Test
    void theListIsFilteredByArticleWhoOutcomeAndWhatIsLeftToDo() {
        long one = published("1", "Về Điều 1.");
        long business = comments.published(draft, "1", "Doanh nghiệp về Điều 1.", Author.business("ho-chi-minh", "F"));
        long whole = published(null, "Về toàn bộ dự thảo.");
        TestStaff.drafterOf(agency);
        dispositions.answer(business, new Answer(Outcome.NOT_ACCEPTED, "Không phù hợp.", null));

        assertThat(ids(new AnswerFilter("1", null, null, false))).containsExactly(one, business);
        assertThat(ids(new AnswerFilter(AnswerFilter.WHOLE_DRAFT, null, null, false))).containsExactly(whole);
        assertThat(ids(new AnswerFilter(null, CommenterKind.BUSINESS, null, false))).containsExactly(business);
        assertThat(ids(new AnswerFilter(null, null, Outcome.NOT_ACCEPTED, false))).containsExactly(business);
        assertThat(ids(new AnswerFilter(null, null, null, true))).containsExactly(one, whole);
        assertThat(dispositions.count(draft, new AnswerFilter("1", null, null, true))).isEqualTo(1);
        assertThat(dispositions.items(draft, AnswerFilter.all(), 1, 2).items()).extracting(AnswerItem::commentId)
                .as("the second page of two").containsExactly(whole);
    }

    @Test
    void theAddressIsShownOnlyToWhoAgreedToBeContactedAndTheNameOnlyIfPublished() {
        long agreed = comments.published(draft, "1", "Xin liên hệ với tôi.", Author.individual("ha-noi").contactable());
        long silent = published("1", "Không muốn được liên hệ.");
        long anonymous = comments.published(draft, "1", "Không nêu tên.", Author.individual("ha-noi").withoutName());
        TestStaff.drafterOf(agency);

        List<AnswerItem> items = dispositions.items(draft, AnswerFilter.all(), 0, 20).items();
        assertThat(items).extracting(AnswerItem::commentId).containsExactly(agreed, silent, anonymous);
        assertThat(items.get(0).email()).endsWith("@example.vn");
        assertThat(items.get(1).email()).isNull();
        assertThat(items.get(1).name()).isEqualTo("Nguyễn Thị Lan");
        assertThat(items.get(2).name()).isNull();
    }

    @Test
    void draftersOfAnotherAgencyModeratorsAndVisitorsAreRefused() {
        long id = published("1", "Đề nghị sửa.");
        long other = drafts.agency("BTC");
        for (Runnable who : new Runnable[] {() -> TestStaff.drafterOf(other), TestStaff::moderator, TestStaff::anonymous}) {
            who.run();
            assertThatThrownBy(() -> dispositions.items(draft, AnswerFilter.all(), 0, 20)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dispositions.progress(draft)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dispositions.answer(id, accepted(null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dispositions.answerAll(List.of(id), accepted(null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dispositions.withdraw(id)).isInstanceOf(AccessDeniedException.class);
        }
        TestStaff.admin();
        assertThat(dispositions.answer(id, accepted(null))).isEqualTo(1);
        assertThat(comments.dispositions(draft)).isEqualTo(1);
    }

    private List<Long> ids(AnswerFilter filter) {
        return dispositions.items(draft, filter, 0, 20).items().stream().map(AnswerItem::commentId).toList();
    }

    private static List<org.assertj.core.groups.Tuple> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> tuple(p.field(), p.messageKey())).toList();
        }
        throw new AssertionError("Expected the input to be refused");
    }
}
