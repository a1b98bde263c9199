package vn.gopy.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.AlreadyDecidedException;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentQuery;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentState;
import vn.gopy.comments.Mask;
import vn.gopy.comments.PublishedComment;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.DraftFixtures;

@IntegrationTest
class ModerationDecisionsTest {

    @Autowired ModerationQueue queue;
    @Autowired ModerationDecisions decisions;
    @Autowired AuditTrail audit;
    @Autowired CommentService comments;
    @Autowired CommentFixtures fixtures;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired JdbcClient jdbc;

    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BCA"), "06/2026", 60);
        TestStaff.anonymous();
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    /** Submits and confirms; returns the comment's id (as the queue knows it). */
    private long confirmed(String article, String text, String email) {
        String number = comments.submit(submission(draft, article, text, email), "192.0.2.60").trackingNumber();
        fixtures.confirm(number);
        TestStaff.moderator();
        long id = queue.waiting(QueueFilter.any(), 0, 100).items().stream()
                .filter(i -> i.comment().trackingNumber().equals(number)).findFirst().orElseThrow().id();
        TestStaff.anonymous();
        return id;
    }

    @Test
    void confirmedCommentsWaitOldestFirstWithTheirArticleBesideThem() {
        long first = confirmed("3", "Đề nghị làm rõ khái niệm đất ở tại đô thị.", uniqueEmail());
        long second = confirmed(null, "Ủng hộ dự thảo, cần ban hành sớm để người dân yên tâm.", uniqueEmail());
        TestStaff.moderator();

        var waiting = queue.waiting(QueueFilter.any(), 0, 20);

        assertThat(waiting.items()).extracting(QueueItem::id).containsExactly(first, second);
        QueueItem item = waiting.items().getFirst();
        assertThat(item.articleTitle()).isEqualTo("Giải thích từ ngữ");
        assertThat(item.articleText()).startsWith("Trong Luật này");
        assertThat(item.draftTitle()).startsWith("Luật Đất đai");
        assertThat(item.agencyName()).isEqualTo("Cơ quan BCA");
        assertThat(waiting.items().get(1).articleTitle()).isNull();
    }

    @Test
    void approvingPublishesAndRejectingTellsTheAuthorWhyAndBothAreAudited() {
        long good = confirmed("1", "Đề nghị bổ sung quy định về đất tôn giáo.", uniqueEmail());
        String email = uniqueEmail();
        long bad = confirmed("1", "Quảng cáo: bán đất nền giá rẻ, liên hệ ngay hôm nay nhé.", email);
        TestStaff.moderator();

        decisions.approve(good, List.of());
        decisions.reject(bad, RejectionReason.SPAM, null);

        assertThat(queue.count(QueueFilter.any())).isZero();
        var tracked = comments.track(queue.item(bad).orElseThrow().comment().trackingNumber(), email).orElseThrow();
        assertThat(tracked.state()).isEqualTo(CommentState.NOT_PUBLISHED);
        assertThat(tracked.decisionReason()).isEqualTo("Ý kiến có nội dung quảng cáo hoặc gửi hàng loạt không liên quan.");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE template = 'comment-not-published' AND recipient = ?")
                .param(email).query(Integer.class).single()).isEqualTo(1);
        TestStaff.admin();
        assertThat(audit.page(0, 10).items()).extracting(AuditEntry::action, AuditEntry::moderator, AuditEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REJECTED", "test-moderator", "SPAM"),
                        org.assertj.core.groups.Tuple.tuple("APPROVED", "test-moderator", null));
    }

    @Test
    void otherNeedsANoteWhichTheAuthorReads() {
        String email = uniqueEmail();
        long id = confirmed(null, "Ý kiến về một dự án khác của tỉnh, không phải dự thảo này.", email);
        TestStaff.moderator();

        assertThatThrownBy(() -> decisions.reject(id, RejectionReason.OTHER, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("note")).isTrue());
        assertThat(queue.count(QueueFilter.any())).isEqualTo(1);

        decisions.reject(id, RejectionReason.OTHER, "Xin gửi ý kiến này tới Ủy ban nhân dân tỉnh.");
        String reason = comments.track(queue.item(id).orElseThrow().comment().trackingNumber(), email).orElseThrow().decisionReason();
        assertThat(reason).isEqualTo("Ý kiến không được công bố vì lý do sau:\nXin gửi ý kiến này tới Ủy ban nhân dân tỉnh.");
    }

    @Test
    void maskedPartsAreHiddenFromThePublicAndKeptForTheAgency() {
        String text = "Tôi là Lê Văn Nam, số 0912 345 678, đề nghị giảm phí trước bạ.";
        long id = confirmed("2", text, uniqueEmail());
        TestStaff.moderator();
        int start = text.indexOf("Lê Văn Nam");
        int phone = text.indexOf("0912");

        decisions.approve(id, List.of(new Mask(start, start + "Lê Văn Nam".length()), new Mask(phone, phone + 12)));

        PublishedComment shown = comments.published(new CommentQuery(draft, null, null, null, 0, 10)).items().getFirst();
        assertThat(shown.text()).isEqualTo("Tôi là █████, số █████, đề nghị giảm phí trước bạ.");
        assertThat(queue.item(id).orElseThrow().comment().text()).isEqualTo(text);
    }

    @Test
    void aCommentDecidedByOneModeratorCannotBeDecidedAgain() {
        long id = confirmed("1", "Cần quy định rõ thời hạn giải quyết hồ sơ.", uniqueEmail());
        TestStaff.moderator();
        decisions.approve(id, List.of());

        assertThatThrownBy(() -> decisions.reject(id, RejectionReason.SPAM, null)).isInstanceOf(AlreadyDecidedException.class);
        assertThatThrownBy(() -> decisions.approve(id, List.of())).isInstanceOf(AlreadyDecidedException.class);
        TestStaff.admin();
        assertThat(audit.ofComment(id)).hasSize(1);
    }

    @Test
    void twoModeratorsDecidingAtTheSameInstantMakeOneDecision() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(confirmed("1", "Ý kiến số " + i + " về thời hạn giải quyết hồ sơ đất đai.", uniqueEmail()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BulkOutcome>> outcomes = new ArrayList<>();
        outcomes.add(pool.submit(() -> {
            TestStaff.moderator();
            start.await();
            return decisions.approveAll(ids);
        }));
        outcomes.add(pool.submit(() -> {
            TestStaff.admin();
            start.await();
            return decisions.rejectAll(ids, RejectionReason.OFF_TOPIC, null);
        }));
        start.countDown();
        BulkOutcome approved = outcomes.get(0).get();
        BulkOutcome rejected = outcomes.get(1).get();
        pool.shutdown();

        assertThat(approved.decided() + rejected.decided()).isEqualTo(10);
        assertThat(approved.alreadyDecided() + rejected.alreadyDecided()).isEqualTo(10);
        assertThat(jdbc.sql("SELECT count(*) FROM moderation_audit").query(Integer.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("SELECT count(DISTINCT comment_id) FROM moderation_audit").query(Integer.class).single()).isEqualTo(10);
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeletedAndExportsAsCsv() {
        long id = confirmed("1", "Cần bổ sung quy định về bồi thường cây trồng.", uniqueEmail());
        TestStaff.moderator();
        decisions.approve(id, List.of());

        assertThatThrownBy(() -> jdbc.sql("UPDATE moderation_audit SET moderator = 'someone-else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM moderation_audit").update()).hasMessageContaining("append-only");

        TestStaff.admin();
        var csv = new java.io.StringWriter();
        audit.exportCsv(csv);
        assertThat(csv.toString()).startsWith("\uFEFFid,at,moderator,comment_id,tracking_number,action,reason,note")
                .contains(",test-moderator," + id + ",", ",APPROVED,");
    }

    @Test
    void anonymousVisitorsAndDraftersCannotReachTheQueueOrItsDecisions() {
        long id = confirmed("1", "Ý kiến chờ kiểm duyệt về điều khoản chuyển tiếp.", uniqueEmail());
        for (Runnable who : new Runnable[] {TestStaff::anonymous, () -> TestStaff.drafterOf(1)}) {
            who.run();
            assertThatThrownBy(() -> queue.waiting(QueueFilter.any(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.approve(id, List.of())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.page(0, 10)).isInstanceOf(AccessDeniedException.class);
        }
        TestStaff.moderator();
        assertThatThrownBy(() -> audit.page(0, 10)).as("the audit trail is for administrators").isInstanceOf(AccessDeniedException.class);
        assertThat(queue.count(QueueFilter.any())).isEqualTo(1);
    }
}
