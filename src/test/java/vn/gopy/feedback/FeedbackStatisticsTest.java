package vn.gopy.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.feedback.DraftStatistics.ArticleTally;
import vn.gopy.feedback.DraftStatistics.Tally;
import vn.gopy.feedback.DraftStatistics.Totals;
import vn.gopy.feedback.ui.FeedbackFixtures;
import vn.gopy.feedback.ui.FeedbackFixtures.Author;

/** A draft's comments counted, against a known set of comments in every state. */
@IntegrationTest
class FeedbackStatisticsTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired FeedbackFixtures comments;
    @Autowired Dispositions dispositions;
    @Autowired FeedbackStatistics statistics;

    long agency;
    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        agency = drafts.agency("BTP");
        draft = drafts.openDraft(agency, "TK-1", 40);
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    @Test
    void aDraftWithoutCommentsIsEmptyButKeepsItsTableOfContents() {
        comments.unconfirmed(draft, "1", "Chưa xác nhận, chưa phải ý kiến.", Author.individual("ha-noi"));
        TestStaff.drafterOf(agency);

        DraftStatistics empty = statistics.forDraft(draft);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.totals()).isEqualTo(new Totals(0, 0, 0, 0, 0));
        assertThat(empty.byArticle()).extracting(ArticleTally::label, ArticleTally::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 0L), org.assertj.core.groups.Tuple.tuple("2", 0L),
                        org.assertj.core.groups.Tuple.tuple("3", 0L));
        assertThat(empty.perDay()).isEmpty();
        assertThat(empty.largestGroups()).isEmpty();
    }

    @Test
    void everyChartCountsTheConfirmedCommentsEveryLetterOfACampaignIncluded() {
        long individual = comments.published(draft, "1", "Đề nghị làm rõ phạm vi.", Author.individual("ha-noi"));
        long business = comments.published(draft, "1", "Doanh nghiệp đề nghị giảm thủ tục.", Author.business("ho-chi-minh", "F"));
        long waiting = comments.awaiting(draft, null, "Ý kiến chung về dự thảo.", Author.business("ho-chi-minh", "F"));
        long rejected = comments.rejected(draft, "3", "Quảng cáo không liên quan.", Author.association("ha-noi"));
        comments.unconfirmed(draft, "3", "Chưa xác nhận.", Author.individual("da-nang"));
        List<Long> letters = comments.campaign(draft, "2", 3, "ha-noi");
        // Days in Vietnam: 23:30 and 00:30 the next day, Vietnam time, are different days even though both are
        // the same day in UTC.
        comments.confirmedAt(individual, at("2026-11-01T23:30+07:00"));
        comments.confirmedAt(business, at("2026-11-02T00:30+07:00"));
        comments.confirmedAt(waiting, at("2026-11-02T09:00+07:00"));
        comments.confirmedAt(rejected, at("2026-11-02T10:00+07:00"));
        letters.forEach(id -> comments.confirmedAt(id, at("2026-11-05T08:00+07:00")));
        TestStaff.drafterOf(agency);
        dispositions.answer(individual, new Answer(Outcome.ACCEPTED, "", "1"));
        dispositions.answer(letters.getFirst(), new Answer(Outcome.NOT_ACCEPTED, "Đã quy định tại Điều 3.", null));

        DraftStatistics numbers = statistics.forDraft(draft);

        assertThat(numbers.isEmpty()).isFalse();
        assertThat(numbers.totals()).isEqualTo(new Totals(7, 5, 1, 1, 4));
        assertThat(numbers.byKind()).containsExactly(new Tally("INDIVIDUAL", 4), new Tally("BUSINESS", 2),
                new Tally("ASSOCIATION", 1));
        assertThat(numbers.byProvince()).containsExactly(new Tally("ha-noi", 5), new Tally("ho-chi-minh", 2));
        assertThat(numbers.bySector()).containsExactlyInAnyOrder(new Tally(null, 5), new Tally("F", 2));
        assertThat(numbers.byArticle()).containsExactly(new ArticleTally("1", "Phạm vi điều chỉnh", 2),
                new ArticleTally("2", "Đối tượng áp dụng", 3), new ArticleTally("3", "Giải thích từ ngữ", 1));
        assertThat(numbers.onWholeDraft()).isEqualTo(1);
        assertThat(numbers.perDay()).isEqualTo(new java.util.TreeMap<>(Map.of(LocalDate.of(2026, 11, 1), 1L,
                LocalDate.of(2026, 11, 2), 3L, LocalDate.of(2026, 11, 5), 3L)));
        assertThat(numbers.largestGroups()).singleElement().satisfies(group -> {
            assertThat(group.size()).isEqualTo(3);
            assertThat(group.excerpt()).contains("Chúng tôi, những người dân sống ven sông").hasSizeLessThanOrEqualTo(160);
        });
        assertThat(numbers.byOutcome()).containsExactly(new Tally("ACCEPTED", 1), new Tally("NOT_ACCEPTED", 3));
    }

    @Test
    void onlyTheDraftsAgencyAndAdministratorsSeeTheNumbers() {
        long other = drafts.agency("BTC");
        for (Runnable who : new Runnable[] {() -> TestStaff.drafterOf(other), TestStaff::moderator, TestStaff::anonymous}) {
            who.run();
            assertThatThrownBy(() -> statistics.forDraft(draft)).isInstanceOf(AccessDeniedException.class);
        }
        TestStaff.admin();
        assertThat(statistics.forDraft(draft).isEmpty()).isTrue();
    }

    private static java.time.Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
