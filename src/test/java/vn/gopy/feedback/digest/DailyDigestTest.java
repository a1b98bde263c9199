package vn.gopy.feedback.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

/** Each morning, the drafters of an open consultation's agency get the new comments of the day before. */
@IntegrationTest
class DailyDigestTest {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired DigestJob job;
    @Autowired DigestFixtures fixtures;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;

    LocalDate day;
    long draft;

    @BeforeEach
    void anOpenConsultationAndTheStaffOfTwoAgencies() {
        database.clear();
        long agency = drafts.agency("BNNMT");
        long other = drafts.agency("BXD");
        fixtures.account("lan", Role.DRAFTER, agency, true);
        fixtures.account("minh", Role.DRAFTER, agency, true);
        fixtures.account("cuong", Role.DRAFTER, agency, false);
        fixtures.account("khac", Role.DRAFTER, other, true);
        fixtures.account("kiemduyet", Role.MODERATOR, null, true);
        day = DigestFixtures.tomorrow(clock);
        fixtures.at(day, 9, 0);
        draft = drafts.openDraft(agency, "DG-01", 40);
        drafts.openDraft(other, "DG-02", 40);
        TestStaff.anonymous();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
        TestStaff.anonymous();
    }

    @Test
    void aDayOfCommentsGoesOnceToEachEnabledDrafterOfTheAgency() {
        fixtures.confirmed(submission(draft, "1", "Đề nghị làm rõ phạm vi điều chỉnh đối với đất quốc phòng.", uniqueEmail()));
        fixtures.confirmed(submission(draft, "1", "Phạm vi nên bao gồm cả đất có mặt nước ven biển.", uniqueEmail()));
        fixtures.published(submission(draft, "3", "Cần giải thích rõ khái niệm giá đất sát thị trường.", uniqueEmail()));
        fixtures.confirmed(submission(draft, null, "Tôi ủng hộ dự thảo, nhất là quy định về bồi thường.", uniqueEmail()));
        fixtures.campaign(draft, 3);

        fixtures.at(day.plusDays(1), 7, 5);
        assertThat(job.run()).isEqualTo(2);

        var mails = fixtures.mails("feedback-digest");
        assertThat(mails).extracting(Queued::recipient)
                .containsExactlyInAnyOrder("lan@agency.gov.vn", "minh@agency.gov.vn");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.language()).isEqualTo("vi");
            assertThat(mail.subject()).isEqualTo("7 ý kiến góp ý mới về dự thảo DG-01");
            assertThat(mail.text()).contains(
                    "Từ 08:59 " + DATE.format(day) + " đến 07:00 " + DATE.format(day.plusDays(1)) + " (giờ Việt Nam)",
                    "- Toàn bộ dự thảo: 1\n- Điều 1. Phạm vi điều chỉnh: 2\n- Điều 2. Đối tượng áp dụng: 3\n"
                            + "- Điều 3. Giải thích từ ngữ: 1",
                    "(Điều 2): +3 → 3",
                    "Đến nay dự thảo có 7 ý kiến góp ý, trong đó 6 ý kiến đang chờ kiểm duyệt.",
                    "http://gopy.test/feedback/" + draft);
        });

        fixtures.at(day.plusDays(1), 18, 0);
        assertThat(job.run()).as("the same day again").isZero();
        assertThat(fixtures.mails("feedback-digest")).hasSize(2);
    }

    @Test
    void theNextDayBringsOnlyTheNewCommentsAndADayWithoutAnyBringsNoMail() {
        fixtures.confirmed(submission(draft, "1", "Đề nghị làm rõ phạm vi điều chỉnh đối với đất quốc phòng.", uniqueEmail()));
        fixtures.campaign(draft, 2);
        fixtures.at(day.plusDays(1), 7, 5);
        assertThat(job.run()).isEqualTo(2);
        fixtures.forgetMails();

        fixtures.at(day.plusDays(1), 10, 0);
        fixtures.confirmed(submission(draft, "3", "Cần giải thích rõ khái niệm giá đất sát thị trường.", uniqueEmail()));
        fixtures.campaign(draft, 1);
        fixtures.at(day.plusDays(2), 7, 5);
        assertThat(job.run()).isEqualTo(2);

        assertThat(fixtures.mails("feedback-digest")).allSatisfy(mail -> {
            assertThat(mail.subject()).startsWith("2 ý kiến góp ý mới");
            assertThat(mail.text()).contains("- Điều 2. Đối tượng áp dụng: 1\n- Điều 3. Giải thích từ ngữ: 1\n",
                    "(Điều 2): +1 → 3", "Đến nay dự thảo có 5 ý kiến góp ý").doesNotContain("Điều 1.");
        });
        fixtures.forgetMails();

        fixtures.at(day.plusDays(3), 7, 5);
        assertThat(job.run()).as("a day without comments").isZero();
        assertThat(fixtures.mails("feedback-digest")).isEmpty();
        assertThat(fixtures.summarisedUntil(draft)).as("the quiet day is summarised all the same")
                .isEqualTo(day.plusDays(3).atTime(7, 0).atZone(vn.gopy.common.PortalTime.ZONE).toInstant());
    }

    @Test
    void nothingGoesBeforeTheHourAndTheHoursMissedAreCaughtUpLater() {
        fixtures.confirmed(submission(draft, null, "Tôi ủng hộ dự thảo, nhất là quy định về bồi thường.", uniqueEmail()));

        fixtures.at(day.plusDays(1), 6, 50);
        assertThat(job.run()).as("before 07:00").isZero();
        fixtures.at(day.plusDays(1), 7, 0);
        assertThat(job.run()).as("within the minute the hour's last confirmations settle").isZero();

        // Gopy was down from before the hour until the afternoon: the mail goes when it is back.
        fixtures.at(day.plusDays(1), 15, 30);
        assertThat(job.run()).isEqualTo(2);
        assertThat(fixtures.mails("feedback-digest")).allSatisfy(mail ->
                assertThat(mail.text()).contains("đến 07:00 " + DATE.format(day.plusDays(1))));
    }

    @Test
    void anEnglishDraftGetsItsDigestInEnglish() {
        // The fixtures make Vietnamese drafts; the draft's language decides the mail's.
        fixtures.english(draft);
        fixtures.confirmed(submission(draft, "2", "The definition of land users should include foreign investors.", uniqueEmail()));
        fixtures.at(day.plusDays(1), 7, 5);
        job.run();
        assertThat(fixtures.mails("feedback-digest")).isNotEmpty().allSatisfy(mail -> {
            assertThat(mail.language()).isEqualTo("en");
            assertThat(mail.subject()).isEqualTo("New comments on draft DG-01: 1");
            assertThat(mail.text()).contains("- Article 2. Đối tượng áp dụng: 1", "http://gopy.test/feedback/" + draft);
        });
    }
}
