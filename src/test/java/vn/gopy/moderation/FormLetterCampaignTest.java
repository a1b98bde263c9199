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
import vn.gopy.comments.PublishedComment;
import vn.gopy.drafts.DraftFixtures;

/** A campaign's letters are grouped in the queue, decided at once, and published once with their count. */
@IntegrationTest
class FormLetterCampaignTest {

    static final String LETTER = """
            Chúng tôi, những người dân sống ven sông, đề nghị Ban soạn thảo giữ nguyên quy định về hành lang bảo vệ \
            nguồn nước tại dự thảo, không thu hẹp khoảng cách từ mép nước đến công trình xây dựng. Việc thu hẹp \
            hành lang sẽ làm tăng nguy cơ sạt lở, ngập lụt và ô nhiễm, ảnh hưởng trực tiếp đến đời sống và sinh \
            kế của hàng nghìn hộ gia đình. Đề nghị bổ sung trách nhiệm của chủ đầu tư trong việc phục hồi bờ sông.""";

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
        draft = drafts.openDraft(drafts.agency("BNNMT"), "08/2026", 60);
        TestStaff.anonymous();
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    @Test
    void lettersOfOneCampaignShareAGroupAndArePublishedOnceWithTheirCount() {
        String[] greetings = {"Kính gửi Ban soạn thảo,", "Kính thưa Bộ,", "", "Thưa quý cơ quan,", "Kính gửi Bộ Nông nghiệp và Môi trường,"};
        String[] signatures = {"Trân trọng, Nguyễn Văn An, Cần Thơ.", "Lê Thị Bình", "", "Trần Văn Cường, An Giang", "Xin cảm ơn."};
        for (int i = 0; i < 5; i++) {
            String text = (greetings[i] + " " + LETTER + " " + signatures[i]).strip();
            fixtures.confirm(comments.submit(submission(draft, "2", text, uniqueEmail()), "192.0.2.80").trackingNumber());
        }
        fixtures.confirm(comments.submit(submission(draft, "2",
                "Tôi đề nghị quy định rõ thời hạn cấp giấy phép khai thác nước mặt cho hộ gia đình nuôi trồng thủy sản.",
                uniqueEmail()), "192.0.2.80").trackingNumber());
        TestStaff.moderator();

        List<QueueItem> waiting = queue.waiting(QueueFilter.any(), 0, 20).items();
        List<QueueItem> letters = waiting.stream().filter(i -> i.groupId() != null).toList();
        assertThat(letters).hasSize(5).allSatisfy(i -> assertThat(i.groupSize()).isEqualTo(5));
        long group = letters.getFirst().groupId();
        assertThat(letters).extracting(QueueItem::groupId).containsOnly(group);
        FormLetterGroup view = queue.group(group).orElseThrow();
        assertThat(view.size()).isEqualTo(5);
        assertThat(view.variations()).isNotEmpty();
        assertThat(queue.waiting(new QueueFilter(null, null, null, group, null), 0, 20).total()).isEqualTo(5);

        BulkOutcome outcome = decisions.approveGroup(group);

        assertThat(outcome).isEqualTo(new BulkOutcome(5, 0));
        assertThat(queue.count(QueueFilter.any())).isEqualTo(1);
        TestStaff.anonymous();
        List<PublishedComment> shown = comments.published(new CommentQuery(draft, null, null, null, 0, 20)).items();
        assertThat(shown).singleElement().satisfies(c -> {
            assertThat(c.campaignSize()).isEqualTo(5);
            assertThat(c.isCampaign()).isTrue();
        });
        assertThat(comments.publishedCountsByArticle(draft)).containsEntry("2", 1L);
    }
}
