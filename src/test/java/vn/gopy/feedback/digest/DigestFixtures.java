package vn.gopy.feedback.digest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gopy.TestClock;
import vn.gopy.TestStaff;
import vn.gopy.agencies.StaffAccountForm;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.common.PortalTime;
import vn.gopy.security.Role;

/** Staff accounts, Vietnam clock times, comments in each state and the queued digest mails, for the digest tests. */
@Component
class DigestFixtures {

    /** A mail as the outbox holds it. */
    record Queued(String recipient, String template, String language, String subject, String text) {}

    /** Near enough to itself, whatever greeting and signature go around it, to be grouped as a form letter. */
    static final String LETTER = """
            Chúng tôi, các hộ dân sống ven sông, đề nghị Ban soạn thảo giữ nguyên quy định về hành lang bảo vệ \
            nguồn nước, không thu hẹp khoảng cách từ mép nước đến công trình xây dựng, vì việc thu hẹp sẽ làm tăng \
            nguy cơ sạt lở, ngập lụt và ô nhiễm, ảnh hưởng trực tiếp đến đời sống và sinh kế của hàng nghìn hộ \
            gia đình. Đề nghị bổ sung trách nhiệm của chủ đầu tư trong việc phục hồi bờ sông sau khi thi công.""";

    private final StaffAccountService staff;
    private final CommentService comments;
    private final CommentFixtures commentFixtures;
    private final CommentDecisions decisions;
    private final TestClock clock;
    private final JdbcClient jdbc;

    DigestFixtures(StaffAccountService staff, CommentService comments, CommentFixtures commentFixtures,
            CommentDecisions decisions, TestClock clock, JdbcClient jdbc) {
        this.staff = staff;
        this.comments = comments;
        this.commentFixtures = commentFixtures;
        this.decisions = decisions;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The test clock at this time of a day in Vietnam (it keeps running from there). */
    void at(LocalDate day, int hour, int minute) {
        Instant target = day.atTime(hour, minute).atZone(PortalTime.ZONE).toInstant();
        clock.reset();
        clock.advance(Duration.between(clock.instant(), target));
    }

    static LocalDate tomorrow(TestClock clock) {
        return LocalDateTime.now(clock.withZone(PortalTime.ZONE)).toLocalDate().plusDays(1);
    }

    void account(String username, Role role, Long agencyId, boolean enabled) {
        TestStaff.admin();
        staff.create(new StaffAccountForm(username, "Cán bộ " + username, username + "@agency.gov.vn", Set.of(role),
                agencyId, enabled), "mat-khau-rat-dai-2026");
        TestStaff.anonymous();
    }

    /** Submitted and confirmed by its author: awaiting moderation. Returns its id. */
    long confirmed(CommentSubmission submission) {
        String number = comments.submit(submission, "192.0.2.1").trackingNumber();
        commentFixtures.confirm(number);
        TestStaff.moderator();
        long id = decisions.idOf(number).orElseThrow();
        TestStaff.anonymous();
        return id;
    }

    long published(CommentSubmission submission) {
        return commentFixtures.published(submission);
    }

    void notPublished(CommentSubmission submission) {
        long id = confirmed(submission);
        TestStaff.moderator();
        decisions.reject(id, "spam");
        TestStaff.anonymous();
    }

    /** Letters of one campaign, each with its own greeting, on article 2. */
    void campaign(long draftId, int letters) {
        for (int i = 0; i < letters; i++) {
            confirmed(CommentFixtures.submission(draftId, "2", "Kính gửi Ban soạn thảo (" + (i + 1) + "), " + LETTER,
                    CommentFixtures.uniqueEmail()));
        }
    }

    List<Queued> mails(String template) {
        return jdbc.sql("SELECT recipient, template, language, subject, text_body FROM mail_outbox WHERE template = ?"
                        + " ORDER BY id").param(template)
                .query((rs, n) -> new Queued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    void forgetMails() {
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    void english(long draftId) {
        jdbc.sql("UPDATE draft SET language = 'en' WHERE id = ?").param(draftId).update();
    }

    Instant summarisedUntil(long draftId) {
        return jdbc.sql("SELECT summarised_until FROM feedback_digest WHERE draft_id = ?").param(draftId)
                .query(Timestamp.class).single().toInstant();
    }
}
