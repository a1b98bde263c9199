package vn.gopy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.business;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentState;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.Mask;
import vn.gopy.comments.ReportReason;
import vn.gopy.drafts.DraftFixtures;

/**
 * Comments in the real Lucene index, as the public and as moderators find them: what is published for
 * everyone, the rest and the original texts for moderators only, and the index following the decisions.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentSearchTest {

    private static final Locale VI = Locale.of("vi");
    private static final String MASKED_TEXT = "Đề nghị liên hệ ông Hoàng Văn Bảy về hồ sơ bồi thường chậm.";

    @Autowired SearchService search;
    @Autowired SearchFixtures searchFixtures;
    @Autowired DraftFixtures drafts;
    @Autowired CommentFixtures comments;
    @Autowired CommentService commentService;
    @Autowired CommentDecisions decisions;
    @Autowired SearchIndex index;
    @Autowired JdbcClient jdbc;

    long landDraft;
    long otherDraft;
    long feeComment;
    long businessComment;
    long awaitingComment;
    long rejectedComment;
    long maskedComment;

    @BeforeAll
    void corpus() {
        long agency = searchFixtures.reset();
        landDraft = drafts.openDraft(agency, "C-1/2026", 60);
        otherDraft = drafts.openDraft(agency, "C-2/2026", 60);
        feeComment = comments.published(submission(landDraft, "2", "Đề nghị giảm lệ phí trước bạ cho hộ nghèo.", uniqueEmail()));
        businessComment = comments.published(business(landDraft, null, "Thủ tục giao đất cho doanh nghiệp quá dài.", uniqueEmail()));
        awaitingComment = confirmed(submission(landDraft, "1", "Cần quy định rõ thời hạn cấp sổ đỏ.", uniqueEmail()));
        rejectedComment = confirmed(submission(otherDraft, null, "Quảng cáo vay tiền nhanh lãi suất thấp.", uniqueEmail()));
        TestStaff.moderator();
        decisions.reject(rejectedComment, "Quảng cáo");
        maskedComment = confirmed(submission(landDraft, "3", MASKED_TEXT, uniqueEmail()));
        int start = MASKED_TEXT.indexOf("Hoàng Văn Bảy");
        TestStaff.moderator();
        decisions.publish(maskedComment, List.of(new Mask(start, start + "Hoàng Văn Bảy".length())));
        commentService.submit(submission(landDraft, "1", "Chưa xác nhận: thời hạn sổ đỏ.", uniqueEmail()), "192.0.2.9");
        TestStaff.anonymous();
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    @Test
    void publishedCommentsAreFoundWithAndWithoutDiacritics() {
        assertThat(ids(asPublic("lệ phí trước bạ"))).containsExactly(feeComment);
        assertThat(ids(asPublic("le phi truoc ba"))).containsExactly(feeComment);
        CommentHit hit = asPublic("truoc ba").hits().getFirst();
        assertThat(Marks.words(hit.snippetHtml())).containsExactly("trước", "bạ");
        assertThat(hit.draftId()).isEqualTo(landDraft);
        assertThat(hit.draftTitle()).isEqualTo("Luật Đất đai (sửa đổi) C-1/2026");
        assertThat(hit.articleLabel()).isEqualTo("2");
        assertThat(hit.authorName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(hit.provinceName()).isNotBlank().isNotEqualTo("ha-noi");
    }

    @Test
    void commentsNotPublishedAreFoundByModeratorsOnlyWithTheirState() {
        assertThat(ids(asPublic("sổ đỏ"))).isEmpty();
        assertThat(ids(asPublic("quảng cáo vay tiền"))).isEmpty();

        TestStaff.moderator();
        CommentResults awaiting = search.searchComments(CommentSearch.of("so do"), VI);
        assertThat(awaiting.staffView()).isTrue();
        assertThat(ids(awaiting)).as("the unconfirmed comment is not in the index").containsExactly(awaitingComment);
        assertThat(awaiting.hits().getFirst().state()).isEqualTo(CommentState.AWAITING_MODERATION);
        assertThat(search.searchComments(CommentSearch.of("vay tiền"), VI).hits())
                .extracting(CommentHit::state).containsExactly(CommentState.NOT_PUBLISHED);
    }

    @Test
    void draftersSeeWhatThePublicSees() {
        TestStaff.drafterOf(1);
        CommentResults results = search.searchComments(CommentSearch.of("so do"), VI);
        assertThat(results.staffView()).isFalse();
        assertThat(results.hits()).isEmpty();
    }

    @Test
    void maskedWordsNeverMatchNorShowForThePublicButDoForModerators() {
        assertThat(ids(asPublic("Hoàng Văn Bảy"))).isEmpty();
        assertThat(ids(asPublic("hoang"))).isEmpty();
        String publicSnippet = asPublic("hồ sơ bồi thường").hits().getFirst().snippetHtml();
        assertThat(publicSnippet).contains(Mask.MASKED).doesNotContain("Hoàng").doesNotContain("Bảy");

        TestStaff.moderator();
        CommentResults staff = search.searchComments(CommentSearch.of("hoang van bay"), VI);
        assertThat(ids(staff)).containsExactly(maskedComment);
        assertThat(Marks.words(staff.hits().getFirst().snippetHtml())).containsExactly("Hoàng", "Văn", "Bảy");
    }

    @Test
    void theEmailAddressIsNotInTheIndex() {
        String email = uniqueEmail();
        comments.published(submission(landDraft, null, "Góp ý về bản đồ địa chính.", email));
        TestStaff.moderator();
        assertThat(search.searchComments(CommentSearch.of(email.substring(0, email.indexOf('-'))), VI).hits()).isEmpty();
        assertThat(search.searchComments(CommentSearch.of("example"), VI).hits()).isEmpty();
    }

    @Test
    void aDecisionReindexesTheComment() {
        long id = confirmed(submission(otherDraft, null, "Kiến nghị về thuế sử dụng đất phi nông nghiệp.", uniqueEmail()));
        assertThat(ids(asPublic("phi nông nghiệp"))).isEmpty();

        TestStaff.moderator();
        decisions.publish(id);
        TestStaff.anonymous();

        assertThat(ids(asPublic("phi nông nghiệp"))).containsExactly(id);
    }

    @Test
    void aCommentHiddenAfterReportsLeavesThePublicResults() {
        long id = comments.published(submission(landDraft, null, "Bình luận về khung giá đất ở nông thôn.", uniqueEmail()));
        assertThat(ids(asPublic("khung giá đất"))).containsExactly(id);

        for (int i = 1; i <= 3; i++) {
            commentService.report(id, ReportReason.OFF_TOPIC, null, "198.51.100." + i);
        }

        assertThat(ids(asPublic("khung giá đất"))).isEmpty();
        TestStaff.moderator();
        assertThat(ids(search.searchComments(CommentSearch.of("khung giá đất"), VI))).containsExactly(id);
    }

    @Test
    void aCampaignShowsOnceThroughItsLead() {
        String letter = "Chúng tôi phản đối việc tăng tiền thuê đất hằng năm.";
        long lead = confirmed(submission(otherDraft, null, letter, uniqueEmail()));
        long follower = confirmed(submission(otherDraft, null, letter + " ", uniqueEmail()));
        TestStaff.moderator();
        decisions.publishCampaign(lead, List.of(lead, follower));
        assertThat(ids(search.searchComments(CommentSearch.of("tiền thuê đất"), VI))).containsExactlyInAnyOrder(lead, follower);

        TestStaff.anonymous();
        assertThat(ids(asPublic("tiền thuê đất"))).containsExactly(lead);
    }

    @Test
    void commenterKindsAreCountedAndFilter() {
        CommentResults all = search.searchComments(new CommentSearch("", landDraft, Set.of(), 1, 50), VI);
        assertThat(all.kinds()).extracting(FacetCount::value).contains("INDIVIDUAL", "BUSINESS");
        assertThat(count(all, "BUSINESS")).isEqualTo(1);

        CommentResults businesses = search.searchComments(
                new CommentSearch("", landDraft, Set.of(CommenterKind.BUSINESS), 1, 50), VI);
        assertThat(ids(businesses)).containsExactly(businessComment);
        assertThat(businesses.hits().getFirst().organisation()).isEqualTo("Công ty TNHH Minh Phát");
        assertThat(count(businesses, "INDIVIDUAL")).as("other kinds keep their counts").isEqualTo(count(all, "INDIVIDUAL"));
        assertThat(ids(asPublic("Minh Phat"))).as("the organisation is searchable").containsExactly(businessComment);
    }

    @Test
    void aDraftNarrowsTheComments() {
        CommentResults onOther = search.searchComments(new CommentSearch("", otherDraft, Set.of(), 1, 50), VI);
        assertThat(onOther.hits()).extracting(CommentHit::draftId).containsOnly(otherDraft);
        assertThat(ids(onOther)).doesNotContain(feeComment);
    }

    @Test
    void hostileTextIsEscaped() {
        long id = comments.published(submission(otherDraft, null, "Xem <script>alert('xss')</script> ở đây", uniqueEmail()));
        CommentHit hit = asPublic("alert xss").hits().getFirst();
        assertThat(hit.commentId()).isEqualTo(id);
        assertThat(hit.snippetHtml()).doesNotContain("<script").contains("&lt;script");
    }

    @Test
    void theIndexCountsAndRebuildsTheConfirmedCommentsOnly() throws InterruptedException {
        long confirmed = jdbc.sql("SELECT count(*) FROM comment WHERE state <> 'AWAITING_CONFIRMATION'").query(Long.class).single();
        long all = jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single();
        assertThat(comments()).isEqualTo(new SearchIndex.Count("comments", confirmed, confirmed));
        assertThat(confirmed).as("the unconfirmed comment is left out").isLessThan(all);

        TestStaff.admin();
        index.rebuild();

        assertThat(comments()).isEqualTo(new SearchIndex.Count("comments", confirmed, confirmed));
        assertThat(ids(asPublic("Hoàng Văn Bảy"))).as("masks hold after a rebuild").isEmpty();
        TestStaff.moderator();
        assertThat(ids(search.searchComments(CommentSearch.of("Hoàng Văn Bảy"), VI))).containsExactly(maskedComment);
    }

    private SearchIndex.Count comments() {
        return index.counts().stream().filter(c -> c.type().equals("comments")).findFirst().orElseThrow();
    }

    private long confirmed(CommentSubmission submission) {
        String number = commentService.submit(submission, "192.0.2.1").trackingNumber();
        comments.confirm(number);
        TestStaff.moderator();
        long id = decisions.idOf(number).orElseThrow();
        TestStaff.anonymous();
        return id;
    }

    private CommentResults asPublic(String words) {
        TestStaff.anonymous();
        return search.searchComments(CommentSearch.of(words), VI);
    }

    private static List<Long> ids(CommentResults results) {
        return results.hits().stream().map(CommentHit::commentId).toList();
    }

    private static long count(CommentResults results, String kind) {
        return results.kinds().stream().filter(c -> c.value().equals(kind)).mapToLong(FacetCount::count).findFirst()
                .orElse(0);
    }
}
