package vn.gopy.feedback.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.Mask;
import vn.gopy.comments.SubmittedFile;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftFixtures;

/**
 * Two agencies, a draft of each, and on the first draft one comment in every situation an export must tell
 * apart: published with name, e-mail and an answer; a business that hides its name, with two attachments of
 * the same name and a text that tries a formula; awaiting moderation; not published; never confirmed; masked.
 */
@Component
class ExportScenario {

    static final byte[] PDF = "%PDF-1.4\nkiến nghị\n%%EOF".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_PDF = "%PDF-1.7\nbảng số liệu\n%%EOF".getBytes(StandardCharsets.UTF_8);
    static final String PHONE_TEXT = "Gọi cho tôi theo số 0912345678 để trao đổi thêm.";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")";

    private final TestDatabase database;
    private final DraftFixtures drafts;
    private final CommentFixtures fixtures;
    private final CommentService comments;
    private final CommentDecisions decisions;
    private final JdbcClient jdbc;

    long agency;
    long otherAgency;
    long draft;
    long otherDraft;
    String lan;
    String lanEmail;
    String business;
    String waiting;
    String rejected;
    String unconfirmed;
    String masked;

    ExportScenario(TestDatabase database, DraftFixtures drafts, CommentFixtures fixtures, CommentService comments,
            CommentDecisions decisions, JdbcClient jdbc) {
        this.database = database;
        this.drafts = drafts;
        this.fixtures = fixtures;
        this.comments = comments;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    void build() {
        database.clear();
        agency = drafts.agency("BXD");
        otherAgency = drafts.agency("BTC");
        draft = drafts.openDraft(agency, "DT-2026/BXD-04", 60);
        otherDraft = drafts.openDraft(otherAgency, "DT-2026/BTC-09", 60);
        TestStaff.anonymous();
        lanEmail = CommentFixtures.uniqueEmail();
        lan = submit(new CommentSubmission(draft, "3", "Đề nghị làm rõ khái niệm \"đất ở\" tại Điều 3, khoản 2.",
                lanEmail, "Nguyễn Thị Lan", true, CommenterKind.INDIVIDUAL, null, "ha-noi", null,
                null, true, true, true, "", List.of(), "vi"));
        business = submit(new CommentSubmission(draft, null, FORMULA + "\nChúng tôi đề nghị giảm thủ tục cấp phép.",
                CommentFixtures.uniqueEmail(), "Trần Văn Minh", false, CommenterKind.BUSINESS, "Công ty TNHH Minh Phát",
                "ho-chi-minh", "F", BusinessSize.SMALL, true, true, false, "",
                List.of(new SubmittedFile("kien-nghi.pdf", PDF), new SubmittedFile("kien-nghi.pdf", OTHER_PDF)), "vi"));
        waiting = submit(CommentFixtures.submission(draft, "1", "Phạm vi điều chỉnh cần nêu rõ đất quốc phòng.",
                CommentFixtures.uniqueEmail()));
        rejected = submit(CommentFixtures.submission(draft, "2", "Quảng cáo bán đất nền giá rẻ, gọi ngay!",
                CommentFixtures.uniqueEmail()));
        masked = submit(CommentFixtures.submission(draft, "2", PHONE_TEXT, CommentFixtures.uniqueEmail()));
        unconfirmed = comments.submit(CommentFixtures.submission(draft, "1", "Góp ý chưa xác nhận, không được xuất.",
                CommentFixtures.uniqueEmail()), "192.0.2.9").trackingNumber();
        submit(CommentFixtures.submission(otherDraft, null, "Ý kiến về dự thảo của Bộ Tài chính.",
                CommentFixtures.uniqueEmail()));

        TestStaff.moderator();
        decisions.publish(id(lan));
        decisions.publish(id(business));
        decisions.reject(id(rejected), "Quảng cáo, không liên quan đến dự thảo.");
        int phone = PHONE_TEXT.indexOf("0912345678");
        decisions.publish(id(masked), List.of(new Mask(phone, phone + 10)));
        TestStaff.anonymous();
        answer(lan, "ACCEPTED", "Đã bổ sung định nghĩa đất ở.", "Điều 3");
        jdbc.sql("INSERT INTO form_letter_group (draft_id, representative_comment_id, size, created_at)"
                + " VALUES (?, ?, 7, now())").params(draft, id(business)).update();
        jdbc.sql("INSERT INTO form_letter_member (comment_id, group_id) SELECT ?, max(id) FROM form_letter_group")
                .param(id(business)).update();
        // Sent late on 10 January in Vietnam, which is still 10 January there but the 10th at 16:30 in UTC.
        jdbc.sql("UPDATE comment SET submitted_at = '2026-01-10 23:30:00+07' WHERE tracking_number = ?")
                .param(business).update();
    }

    /** An answer, written straight into the table (the answering service is another part of issue 6). */
    void answer(String trackingNumber, String outcome, String explanation, String changedArticle) {
        jdbc.sql("INSERT INTO disposition (comment_id, draft_id, outcome, explanation, changed_article, answered_by,"
                + " answered_at) SELECT id, draft_id, ?, ?, ?, 'bxd-chuyenvien', '2026-02-01 09:15:00+07'"
                + " FROM comment WHERE tracking_number = ?")
                .params(outcome, explanation, changedArticle, trackingNumber).update();
    }

    long id(String trackingNumber) {
        return jdbc.sql("SELECT id FROM comment WHERE tracking_number = ?").param(trackingNumber)
                .query(Long.class).single();
    }

    private String submit(CommentSubmission submission) {
        String number = comments.submit(submission, "192.0.2.9").trackingNumber();
        fixtures.confirm(number);
        return number;
    }
}
