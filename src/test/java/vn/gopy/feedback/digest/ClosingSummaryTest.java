package vn.gopy.feedback.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.business;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.feedback.digest.DigestFixtures.Queued;
import vn.gopy.feedback.internal.digest.DigestJob;
import vn.gopy.security.Role;

/** When a consultation closes, its agency's drafters get the final numbers once, however often the job runs. */
@IntegrationTest
class ClosingSummaryTest {

    @Autowired DigestJob job;
    @Autowired DigestFixtures fixtures;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;

    LocalDate day;
    long agency;

    @BeforeEach
    void theDraftersOfAnAgency() {
        database.clear();
        agency = drafts.agency("BTC");
        fixtures.account("hoa", Role.DRAFTER, agency, true);
        fixtures.account("nam", Role.DRAFTER, agency, true);
        fixtures.account("kiemduyet", Role.MODERATOR, null, true);
        day = DigestFixtures.tomorrow(clock);
        fixtures.at(day, 9, 0);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
        TestStaff.anonymous();
    }

    @Test
    void aClosedConsultationGetsOneClosingSummaryEvenIfTheJobRunsAgainOrDaysLater() {
        long draft = drafts.openDraft(agency, "CL-01", 31);
        TestStaff.anonymous();
        fixtures.published(submission(draft, "1", "Đề nghị làm rõ phạm vi điều chỉnh đối với đất quốc phòng.", uniqueEmail()));
        fixtures.published(business(draft, "2", "Doanh nghiệp nhỏ cần thời gian chuyển tiếp ít nhất hai năm.", uniqueEmail()));
        fixtures.notPublished(submission(draft, null, "Mua bán đất giá rẻ, liên hệ ngay hôm nay để được tư vấn.", uniqueEmail()));
        fixtures.at(day.plusDays(1), 7, 5);
        assertThat(job.run()).as("the daily digest").isEqualTo(2);
        fixtures.at(day.plusDays(20), 11, 0);
        fixtures.confirmed(submission(draft, "3", "Cần giải thích rõ khái niệm giá đất sát thị trường.", uniqueEmail()));

        // Closed at 09:00 on day 31; Gopy was down until two days later.
        fixtures.at(day.plusDays(33), 10, 0);
        assertThat(job.run()).isEqualTo(2);
        assertThat(job.run()).as("right after").isZero();
        fixtures.at(day.plusDays(36), 8, 0);
        assertThat(job.run()).as("days later").isZero();

        var mails = fixtures.mails("feedback-closing");
        assertThat(mails).extracting(Queued::recipient).containsExactlyInAnyOrder("hoa@agency.gov.vn", "nam@agency.gov.vn");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Đã kết thúc lấy ý kiến dự thảo CL-01: tổng hợp cuối cùng");
            assertThat(mail.text()).contains("Tổng số ý kiến góp ý: 4\n- đã công bố: 2\n- không công bố: 1\n"
                            + "- đang chờ kiểm duyệt: 1",
                    "- Cá nhân: 3\n- Doanh nghiệp: 1",
                    "Đã trả lời 0 trên 2 ý kiến đã công bố; còn 2 ý kiến chưa trả lời.",
                    "http://gopy.test/feedback/" + draft);
        });
        assertThat(fixtures.mails("feedback-digest")).as("no daily digest once closed").hasSize(2);
    }

    @Test
    void aConsultationThatClosedBeforeDigestsFollowedItGetsNoLateSummary() {
        long draft = drafts.openDraft(agency, "CL-02", 31);
        TestStaff.anonymous();
        fixtures.confirmed(submission(draft, "1", "Đề nghị làm rõ phạm vi điều chỉnh đối với đất quốc phòng.", uniqueEmail()));

        fixtures.at(day.plusDays(32), 10, 0);
        assertThat(job.run()).isZero();
        assertThat(fixtures.mails("feedback-closing")).isEmpty();
    }
}
