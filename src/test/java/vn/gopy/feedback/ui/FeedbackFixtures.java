package vn.gopy.feedback.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.CommenterKind;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.moderation.ModerationDecisions;

/**
 * Comments in every state for the feedback tests, made through the services as their authors and moderators
 * would: published, awaiting moderation, not published, unconfirmed, and form-letter campaigns. Each call keeps
 * whoever was acting before it.
 */
@Component
public class FeedbackFixtures {

    /** A campaign's letter; each letter adds its own greeting and signature, and the grouping sees one text. */
    public static final String LETTER = """
            Chúng tôi, những người dân sống ven sông, đề nghị Ban soạn thảo giữ nguyên quy định về hành lang bảo vệ \
            nguồn nước tại dự thảo, không thu hẹp khoảng cách từ mép nước đến công trình xây dựng. Việc thu hẹp \
            hành lang sẽ làm tăng nguy cơ sạt lở, ngập lụt và ô nhiễm, ảnh hưởng trực tiếp đến đời sống và sinh \
            kế của hàng nghìn hộ gia đình. Đề nghị bổ sung trách nhiệm của chủ đầu tư trong việc phục hồi bờ sông.""";
    private static final String[] GREETINGS = {"Kính gửi Ban soạn thảo,", "Kính thưa Bộ,", "", "Thưa quý cơ quan,",
            "Kính gửi Bộ Nông nghiệp và Môi trường,"};
    private static final String[] SIGNATURES = {"Trân trọng, Nguyễn Văn An, Cần Thơ.", "Lê Thị Bình", "",
            "Trần Văn Cường, An Giang", "Xin cảm ơn."};

    private final CommentService comments;
    private final CommentFixtures fixtures;
    private final CommentDecisions decisions;
    private final ModerationDecisions moderation;
    private final JdbcClient jdbc;

    FeedbackFixtures(CommentService comments, CommentFixtures fixtures, CommentDecisions decisions,
            ModerationDecisions moderation, JdbcClient jdbc) {
        this.comments = comments;
        this.fixtures = fixtures;
        this.decisions = decisions;
        this.moderation = moderation;
        this.jdbc = jdbc;
    }

    /** Who is commenting, and what they agree to. */
    public record Author(CommenterKind kind, String organisation, String name, boolean publishName, String province,
            String sector, boolean mayContact) {

        public static Author individual(String province) {
            return new Author(CommenterKind.INDIVIDUAL, null, "Nguyễn Thị Lan", true, province, null, false);
        }

        public static Author business(String province, String sector) {
            return new Author(CommenterKind.BUSINESS, "Công ty TNHH Minh Phát", "Trần Văn Minh", true, province, sector,
                    false);
        }

        public static Author association(String province) {
            return new Author(CommenterKind.ASSOCIATION, "Hiệp hội Bất động sản", "Lê Văn Hùng", true, province, null,
                    false);
        }

        public Author contactable() {
            return new Author(kind, organisation, name, publishName, province, sector, true);
        }

        public Author withoutName() {
            return new Author(kind, organisation, name, false, province, sector, mayContact);
        }
    }

    public static CommentSubmission submission(long draft, String article, String text, String email, Author who) {
        return new CommentSubmission(draft, article, text, email, who.name(), who.publishName(), who.kind(),
                who.organisation(), who.province(), who.sector(), who.kind().isBusiness() ? BusinessSize.SMALL : null,
                true, true, who.mayContact(), "", List.of(), "vi");
    }

    /** A published comment; returns its id. */
    public long published(long draft, String article, String text, Author who) {
        return keepingWhoActs(() -> fixtures.published(submission(draft, article, text, CommentFixtures.uniqueEmail(), who)));
    }

    /** Confirmed by its author, waiting for a moderator; returns its id. */
    public long awaiting(long draft, String article, String text, Author who) {
        return keepingWhoActs(() -> {
            String number = confirmed(draft, article, text, CommentFixtures.uniqueEmail(), who);
            TestStaff.moderator();
            return decisions.idOf(number).orElseThrow();
        });
    }

    /** Confirmed, then not published by a moderator; returns its id. */
    public long rejected(long draft, String article, String text, Author who) {
        return keepingWhoActs(() -> {
            String number = confirmed(draft, article, text, CommentFixtures.uniqueEmail(), who);
            TestStaff.moderator();
            long id = decisions.idOf(number).orElseThrow();
            decisions.reject(id, "SPAM");
            return id;
        });
    }

    /** Sent, never confirmed: not a comment yet. */
    public String unconfirmed(long draft, String article, String text, Author who) {
        return keepingWhoActs(() -> {
            TestStaff.anonymous();
            return comments.submit(submission(draft, article, text, CommentFixtures.uniqueEmail(), who), "192.0.2.9")
                    .trackingNumber();
        });
    }

    /**
     * A form-letter campaign of {@code letters} letters by individuals of a province, grouped as they arrive and
     * approved as a group; returns the letters' ids, the campaign's lead first.
     */
    public List<Long> campaign(long draft, String article, int letters, String province) {
        return keepingWhoActs(() -> {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < letters; i++) {
                String greeting = GREETINGS[i % GREETINGS.length];
                String signature = i < SIGNATURES.length ? SIGNATURES[i] : "Người gửi thứ " + (i + 1) + ".";
                numbers.add(confirmed(draft, article, (greeting + " " + LETTER + " " + signature).strip(),
                        CommentFixtures.uniqueEmail(), Author.individual(province)));
            }
            TestStaff.moderator();
            List<Long> ids = numbers.stream().map(n -> decisions.idOf(n).orElseThrow()).toList();
            long group = jdbc.sql("SELECT id FROM form_letter_group WHERE draft_id = ? ORDER BY size DESC, id DESC LIMIT 1")
                    .param(draft).query(Long.class).single();
            moderation.approveGroup(group);
            long lead = jdbc.sql("SELECT COALESCE(campaign_lead_id, id) FROM comment WHERE id = ?")
                    .param(ids.getFirst()).query(Long.class).single();
            List<Long> ordered = new ArrayList<>(List.of(lead));
            ids.stream().filter(id -> id != lead).forEach(ordered::add);
            return ordered;
        });
    }

    /** When the author confirmed, as if it had been then (for counts per day). */
    public void confirmedAt(long commentId, Instant at) {
        jdbc.sql("UPDATE comment SET confirmed_at = ? WHERE id = ?").param(java.sql.Timestamp.from(at)).param(commentId)
                .update();
    }

    /** The reception report of the draft was published: its answers are the record from now on. */
    public void reportPublished(long draft) {
        jdbc.sql("UPDATE draft SET status = 'REPORT_PUBLISHED', report_published_at = now() WHERE id = ?")
                .param(draft).update();
    }

    /** The rows of answers written, one per comment (campaign letters included). */
    public long dispositions(long draft) {
        return jdbc.sql("SELECT count(*) FROM disposition WHERE draft_id = ?").param(draft).query(Long.class).single();
    }

    private String confirmed(long draft, String article, String text, String email, Author who) {
        TestStaff.anonymous();
        String number = comments.submit(submission(draft, article, text, email, who), "192.0.2.9").trackingNumber();
        fixtures.confirm(number);
        return number;
    }

    private static <T> T keepingWhoActs(java.util.function.Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
