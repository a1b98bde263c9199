package vn.gopy.moderation.ui;

import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentQuery;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.PublishedComment;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.moderation.ModerationDecisions;
import vn.gopy.moderation.ModerationQueue;
import vn.gopy.moderation.QueueFilter;

/** What the moderation views' tests share: an open draft, and comments confirmed by their authors. */
abstract class ModerationViewTest extends ViewTest {

    /** The text of a campaign's letter (each letter adds its own greeting and signature). */
    static final String LETTER = """
            Chúng tôi, những người dân sống ven sông, đề nghị Ban soạn thảo giữ nguyên quy định về hành lang bảo vệ \
            nguồn nước tại dự thảo, không thu hẹp khoảng cách từ mép nước đến công trình xây dựng. Việc thu hẹp \
            hành lang sẽ làm tăng nguy cơ sạt lở, ngập lụt và ô nhiễm, ảnh hưởng trực tiếp đến đời sống và sinh \
            kế của hàng nghìn hộ gia đình. Đề nghị bổ sung trách nhiệm của chủ đầu tư trong việc phục hồi bờ sông.""";
    static final String[] GREETINGS = {"Kính gửi Ban soạn thảo,", "Kính thưa Bộ,", "", "Thưa quý cơ quan,",
            "Kính gửi Bộ Nông nghiệp và Môi trường,"};
    static final String[] SIGNATURES = {"Trân trọng, Nguyễn Văn An, Cần Thơ.", "Lê Thị Bình", "",
            "Trần Văn Cường, An Giang", "Xin cảm ơn."};

    /** Each comment from its own address, so that the rate limit never gets in the way. */
    private static final AtomicInteger SENDER = new AtomicInteger();

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired CommentFixtures fixtures;
    @Autowired CommentService comments;
    @Autowired ModerationQueue queue;
    @Autowired ModerationDecisions decisions;

    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BTP"), "MV-1", 60);
        TestStaff.anonymous();
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    /** Submits and confirms a comment as its author would; returns its tracking number. */
    String confirmed(String article, String text) {
        return confirmed(article, text, uniqueEmail());
    }

    String confirmed(String article, String text, String email) {
        var who = org.springframework.security.core.context.SecurityContextHolder.getContext();
        TestStaff.anonymous();
        String number = comments.submit(submission(draft, article, text, email),
                "198.51.100." + (SENDER.incrementAndGet() % 250 + 1)).trackingNumber();
        fixtures.confirm(number);
        org.springframework.security.core.context.SecurityContextHolder.setContext(who);
        return number;
    }

    /** Five letters of one campaign, grouped as they arrive. */
    void campaign() {
        for (int i = 0; i < GREETINGS.length; i++) {
            confirmed("2", (GREETINGS[i] + " " + LETTER + " " + SIGNATURES[i]).strip());
        }
    }

    long idOf(String trackingNumber) {
        return queue.waiting(QueueFilter.any(), 0, 100).items().stream()
                .filter(i -> i.comment().trackingNumber().equals(trackingNumber)).findFirst().orElseThrow().id();
    }

    java.util.List<PublishedComment> published() {
        return comments.published(new CommentQuery(draft, null, null, null, 0, 50)).items();
    }
}
