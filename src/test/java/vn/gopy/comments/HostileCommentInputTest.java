package vn.gopy.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.DraftFixtures;

/** Every kind of bad input gets a message about its field, and nothing is stored or mailed. */
@IntegrationTest
class HostileCommentInputTest {

    @Autowired CommentService comments;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired JdbcClient jdbc;

    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BCT"), "03/2026", 60);
        TestStaff.anonymous();
    }

    @Test
    void eachBadFieldIsNamedWithItsProblem() {
        refused("text", "common.error.required", s -> with(s, "text", "   \n\n  "));
        refused("text", "common.error.too-long", s -> with(s, "text", "a".repeat(5_001)));
        refused("text", "common.error.forbidden-character", s -> with(s, "text", "null\u0000byte"));
        refused("text", "common.error.forbidden-character", s -> with(s, "text", "bell\u0007"));
        refused("text", "common.error.forbidden-character", s -> with(s, "text", "abc\u202Egpj.exe"));
        refused("email", "common.error.required", s -> with(s, "email", ""));
        refused("email", "comments.error.email", s -> with(s, "email", "lan@"));
        refused("email", "comments.error.email", s -> with(s, "email", "lan example.vn"));
        refused("email", "common.error.too-long", s -> with(s, "email", "a".repeat(300) + "@example.vn"));
        refused("name", "common.error.too-long", s -> with(s, "name", "N".repeat(10_240)));
        refused("name", "comments.error.name-to-publish", s -> with(s, "name", " "));
        refused("name", "common.error.forbidden-character", s -> with(s, "name", "Lan\u202E"));
        refused("organisation", "common.error.required", s -> with(s, "kind", CommenterKind.ASSOCIATION));
        refused("province", "comments.error.unknown-choice", s -> with(s, "provinceCode", "atlantis"));
        refused("consentToPublishText", "comments.error.consent-text", s -> with(s, "consentToPublishText", false));
        refused("consentToPrivacyNotice", "comments.error.consent-privacy", s -> with(s, "consentToPrivacyNotice", false));
        refused("website", "comments.error.rejected", s -> with(s, "website", "http://spam.example"));
        refused("kind", "common.error.required", s -> with(s, "kind", null));

        assertThat(count("comment")).isZero();
        assertThat(count("mail_outbox")).isZero();
    }

    @Test
    void aBusinessMustSaySectorAndSize() {
        CommentSubmission business = CommentFixtures.business(draft, null, "Ý kiến doanh nghiệp.", uniqueEmail());
        assertThatThrownBy(() -> comments.submit(with(with(business, "sectorCode", null), "businessSize", null), "192.0.2.30"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.concerns("sector")).isTrue();
                    assertThat(e.concerns("size")).isTrue();
                });
        assertThat(comments.submit(business, "192.0.2.30").alreadySubmitted()).isFalse();
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        CommentSubmission bad = with(with(with(submission(draft, "1", "", "x"), "consentToPrivacyNotice", false),
                "name", ""), "kind", null);
        assertThatThrownBy(() -> comments.submit(bad, "192.0.2.30"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("text", "email", "name", "kind", "consentToPrivacyNotice"));
    }

    @Test
    void htmlAndScriptAreKeptAsTheTextTheyAreAndEmojiAreWelcome() {
        String email = uniqueEmail();
        String text = "<script>alert('x')</script><b>đậm</b> <img src=x onerror=alert(1)> 👍🇻🇳";
        String number = comments.submit(submission(draft, "1", text, email), "192.0.2.30").trackingNumber();

        assertThat(comments.track(number, email).orElseThrow().text()).isEqualTo(text);
        String html = jdbc.sql("SELECT html_body FROM mail_outbox").query(String.class).single();
        assertThat(html).doesNotContain("<script>", "<img").contains("&lt;script&gt;", "👍🇻🇳");
    }

    @Test
    void attachmentsMustBeAtMostThreePdfsOfTenMegabytes() {
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] big = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

        refused("attachments", "comments.error.not-pdf", s -> with(s, "attachments", List.of(new SubmittedFile("thu.pdf", png))));
        refused("attachments", "comments.error.not-pdf", s -> with(s, "attachments", List.of(new SubmittedFile("rong.pdf", new byte[0]))));
        refused("attachments", "comments.error.file-too-large", s -> with(s, "attachments", List.of(new SubmittedFile("lon.pdf", big))));
        refused("attachments", "comments.error.too-many-files", s -> with(s, "attachments", List.of(
                new SubmittedFile("1.pdf", pdf), new SubmittedFile("2.pdf", pdf), new SubmittedFile("3.pdf", pdf),
                new SubmittedFile("4.pdf", pdf))));
        assertThat(count("comment")).isZero();

        var withPapers = with(submission(draft, null, "Xem văn bản đính kèm.", uniqueEmail()), "attachments", List.of(
                new SubmittedFile("C:\\Users\\lan\\Kiến nghị của hiệp hội.pdf", pdf), new SubmittedFile("phu-luc", pdf)));
        comments.submit(withPapers, "192.0.2.30");
        assertThat(jdbc.sql("SELECT file_name FROM comment_attachment ORDER BY position").query(String.class).list())
                .containsExactly("Kiến nghị của hiệp hội.pdf", "phu-luc.pdf");
        assertThat(count("comment_attachment_content")).isEqualTo(2);
    }

    private void refused(String field, String messageKey, UnaryOperator<CommentSubmission> spoil) {
        CommentSubmission bad = spoil.apply(submission(draft, "1", "Một ý kiến bình thường.", uniqueEmail()));
        assertThatThrownBy(() -> comments.submit(bad, "192.0.2.30"))
                .as(field + " → " + messageKey)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.messageKey()).isEqualTo(messageKey);
                        }));
    }

    /** The submission with one field changed (records have no withers). */
    static CommentSubmission with(CommentSubmission s, String field, Object value) {
        var components = CommentSubmission.class.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(field) ? value : components[i].getAccessor().invoke(s);
            }
            var types = Arrays.stream(components).map(c -> c.getType()).toArray(Class<?>[]::new);
            return CommentSubmission.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
