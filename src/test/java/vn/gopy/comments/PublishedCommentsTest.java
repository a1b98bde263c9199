package vn.gopy.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.IntegrationTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.PageOf;

@IntegrationTest
class PublishedCommentsTest {

    @Autowired CommentService comments;
    @Autowired CommentDecisions decisions;
    @Autowired CommentFixtures fixtures;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BYT"), "04/2026", 60);
        TestStaff.anonymous();
    }

    @AfterEach
    void clockBackToNow() {
        clock.reset();
        TestStaff.anonymous();
    }

    @Test
    void onlyPublishedCommentsAreShownNewestFirstWithoutTheAuthorsAddress() {
        long first = fixtures.published(submission(draft, "1", "Thứ nhất.", uniqueEmail()));
        clock.advance(Duration.ofMinutes(1));
        long second = fixtures.published(submission(draft, "2", "Thứ hai.", uniqueEmail()));
        String waiting = comments.submit(submission(draft, "1", "Chưa xác nhận.", uniqueEmail()), "192.0.2.40").trackingNumber();
        fixtures.confirm(comments.submit(submission(draft, "1", "Chờ kiểm duyệt.", uniqueEmail()), "192.0.2.40").trackingNumber());

        PageOf<PublishedComment> page = comments.published(new CommentQuery(draft, null, null, CommentOrder.NEWEST, 0, 20));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(PublishedComment::id).containsExactly(second, first);
        assertThat(page.items().getFirst().authorName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(page.items().getFirst().toString()).doesNotContain("@example.vn");
        assertThat(comments.published(new CommentQuery(draft, null, null, CommentOrder.OLDEST, 0, 20)).items())
                .extracting(PublishedComment::id).containsExactly(first, second);
        assertThat(waiting).isNotBlank();
    }

    @Test
    void anAuthorWhoDidNotAgreeToPublishTheNameStaysAnonymous() {
        CommentSubmission s = submission(draft, null, "Không công bố tên.", uniqueEmail());
        fixtures.published(new CommentSubmission(s.draftId(), null, s.text(), s.email(), "Lê Văn Tám", false, s.kind(),
                null, null, null, null, true, true, false, "", List.of(), "vi"));

        assertThat(comments.published(new CommentQuery(draft, null, null, null, 0, 20)).items().getFirst().authorName()).isNull();
    }

    @Test
    void commentsAreFilteredByArticleAndByWhoCommentedAndCountedPerArticle() {
        fixtures.published(submission(draft, "1", "Cá nhân về điều 1.", uniqueEmail()));
        fixtures.published(CommentFixtures.business(draft, "1", "Doanh nghiệp về điều 1.", uniqueEmail()));
        fixtures.published(submission(draft, "3", "Cá nhân về điều 3.", uniqueEmail()));
        fixtures.published(submission(draft, null, "Về toàn bộ dự thảo.", uniqueEmail()));

        assertThat(texts(new CommentQuery(draft, "1", null, null, 0, 20)))
                .containsExactlyInAnyOrder("Cá nhân về điều 1.", "Doanh nghiệp về điều 1.");
        assertThat(texts(new CommentQuery(draft, null, CommenterKind.BUSINESS, null, 0, 20)))
                .containsExactly("Doanh nghiệp về điều 1.");
        Map<String, Long> expected = new HashMap<>();
        expected.put("1", 2L);
        expected.put("3", 1L);
        expected.put(null, 1L);
        assertThat(comments.publishedCountsByArticle(draft)).isEqualTo(expected);
    }

    @Test
    void aLongListComesOnePageAtATime() {
        for (int i = 1; i <= 25; i++) {
            fixtures.published(submission(draft, "2", "Ý kiến " + i, uniqueEmail()));
        }
        PageOf<PublishedComment> second = comments.published(new CommentQuery(draft, "2", null, CommentOrder.OLDEST, 1, 20));

        assertThat(second.total()).isEqualTo(25);
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(second.items()).extracting(PublishedComment::text).containsExactly(
                "Ý kiến 21", "Ý kiến 22", "Ý kiến 23", "Ý kiến 24", "Ý kiến 25");
    }

    @Test
    void theAttachmentOfAPublishedCommentCanBeDownloadedButNotBefore() {
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        CommentSubmission s = submission(draft, null, "Kèm kiến nghị.", uniqueEmail());
        CommentSubmission withPdf = new CommentSubmission(s.draftId(), null, s.text(), s.email(), s.name(), true,
                s.kind(), null, null, null, null, true, true, false, "", List.of(new SubmittedFile("kien-nghi.pdf", pdf)), "vi");
        String number = comments.submit(withPdf, "192.0.2.40").trackingNumber();
        fixtures.confirm(number);
        TestStaff.moderator();
        long id = decisions.idOf(number).orElseThrow();
        TestStaff.anonymous();

        long attachmentId = jdbc.sql("SELECT id FROM comment_attachment").query(Long.class).single();
        assertThatThrownBy(() -> comments.publishedAttachment(attachmentId)).isInstanceOf(NotFoundException.class);

        TestStaff.moderator();
        decisions.publish(id);
        TestStaff.anonymous();
        var file = comments.publishedAttachment(attachmentId);
        assertThat(file.fileName()).isEqualTo("kien-nghi.pdf");
        assertThat(file.content()).isEqualTo(pdf);
        assertThat(comments.published(new CommentQuery(draft, null, null, null, 0, 20)).items().getFirst().attachments())
                .extracting(CommentAttachmentInfo::fileName).containsExactly("kien-nghi.pdf");
    }

    @Test
    void onlyModeratorsDecideAndOnlyOnConfirmedComments() {
        String number = comments.submit(submission(draft, "1", "Chưa xác nhận.", uniqueEmail()), "192.0.2.40").trackingNumber();
        TestStaff.moderator();
        long id = decisions.idOf(number).orElseThrow();
        assertThatThrownBy(() -> decisions.publish(id)).isInstanceOf(AlreadyDecidedException.class);

        TestStaff.anonymous();
        assertThatThrownBy(() -> decisions.publish(id)).isInstanceOf(AccessDeniedException.class);
        TestStaff.drafterOf(1);
        assertThatThrownBy(() -> decisions.publish(id)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> texts(CommentQuery query) {
        return comments.published(query).items().stream().map(PublishedComment::text).toList();
    }
}
