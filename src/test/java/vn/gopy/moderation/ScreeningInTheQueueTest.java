package vn.gopy.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentQuery;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.ReportReason;
import vn.gopy.drafts.DraftFixtures;

/** Flags reach the queue and filter it; reports hide a published comment until a moderator looks again. */
@IntegrationTest
class ScreeningInTheQueueTest {

    @Autowired ModerationQueue queue;
    @Autowired ModerationDecisions decisions;
    @Autowired CommentService comments;
    @Autowired CommentFixtures fixtures;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;

    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BGTVT"), "07/2026", 60);
        TestStaff.anonymous();
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    @Test
    void theQueueShowsTheFlagsAndFiltersByThem() {
        fixtures.confirm(comments.submit(submission(draft, "1",
                "Gọi cho tôi: 0987 654 321 để bàn về điều này.", uniqueEmail()), "192.0.2.70").trackingNumber());
        fixtures.confirm(comments.submit(submission(draft, "1",
                "Đề nghị bổ sung quy định về lộ trình áp dụng cho doanh nghiệp nhỏ.", uniqueEmail()), "192.0.2.70").trackingNumber());
        TestStaff.moderator();

        var flagged = queue.waiting(new QueueFilter(null, null, Flag.PERSONAL_DATA, null, null), 0, 10);
        assertThat(flagged.items()).singleElement().satisfies(i -> {
            assertThat(i.flags()).containsExactly(Flag.PERSONAL_DATA);
            assertThat(i.comment().text()).contains("0987 654 321");
        });
        assertThat(queue.waiting(QueueFilter.any(), 0, 10).total()).isEqualTo(2);
    }

    @Test
    void threeReportsHideAPublishedCommentUntilAModeratorKeepsIt() {
        long id = fixtures.published(submission(draft, "2", "Dự thảo cần quy định rõ hơn về thời hạn.", uniqueEmail()));
        CommentQuery all = new CommentQuery(draft, null, null, null, 0, 10);

        assertThat(comments.report(id, ReportReason.OFF_TOPIC, null, "198.51.100.1")).isTrue();
        assertThat(comments.report(id, ReportReason.OFF_TOPIC, "lặp lại", "198.51.100.1")).as("one report per person").isFalse();
        comments.report(id, ReportReason.SPAM, null, "198.51.100.2");
        assertThat(comments.published(all).total()).as("two reports: still shown").isEqualTo(1);
        comments.report(id, ReportReason.ABUSIVE, null, "198.51.100.3");
        assertThat(comments.published(all).total()).as("three: hidden").isZero();

        TestStaff.moderator();
        QueueItem back = queue.waiting(new QueueFilter(null, null, Flag.REPORTED, null, null), 0, 10).items().getFirst();
        assertThat(back.id()).isEqualTo(id);
        decisions.approve(id, List.of());
        TestStaff.anonymous();
        assertThat(comments.published(all).total()).as("kept: shown again").isEqualTo(1);
    }
}
