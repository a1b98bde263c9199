package vn.gopy.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gopy.comments.CommentFixtures.business;
import static vn.gopy.comments.CommentFixtures.submission;
import static vn.gopy.comments.CommentFixtures.uniqueEmail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gopy.IntegrationTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.common.FileKind;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.Outcome;
import vn.gopy.feedback.ReceptionReports;
import vn.gopy.moderation.RejectionReason;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchService;

/**
 * The agency publishes its reception report once the consultation closed and every published comment is
 * answered: the draft moves on, every author is told, the public downloads what was published, answers freeze.
 */
@IntegrationTest
class ReportPublicationTest {

    @Autowired ReceptionReports reports;
    @Autowired SearchService search;
    @Autowired Dispositions dispositions;
    @Autowired DraftService draftService;
    @Autowired CommentService comments;
    @Autowired CommentDecisions decisions;
    @Autowired CommentFixtures fixtures;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired WebApplicationContext context;

    long agency;
    long draft;
    long onArticle;
    long general;

    @BeforeEach
    void aConsultationWithComments() {
        database.clear();
        agency = drafts.agency("BTP");
        draft = drafts.openDraft(agency, "12/2026", 31);
        TestStaff.anonymous();
        onArticle = fixtures.published(business(draft, "3", "Đề nghị bổ sung định nghĩa “nhà ở xã hội” vào Điều 3.",
                uniqueEmail()));
        general = fixtures.published(submission(draft, null, "Ủng hộ dự thảo, cần ban hành sớm.", uniqueEmail()));
        rejectedOne();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        TestStaff.anonymous();
    }

    private void rejectedOne() {
        String number = comments.submit(submission(draft, "2", "Quảng cáo bán đất nền giá rẻ.", uniqueEmail()),
                "192.0.2.7").trackingNumber();
        fixtures.confirm(number);
        TestStaff.moderator();
        decisions.reject(decisions.idOf(number).orElseThrow(), RejectionReason.SPAM.name());
        TestStaff.anonymous();
    }

    private void answerEverything() {
        TestStaff.drafterOf(agency);
        dispositions.answer(onArticle, new Answer(Outcome.ACCEPTED, "Đã bổ sung định nghĩa tại khoản 5 Điều 3.", "3"));
        dispositions.answer(general, new Answer(Outcome.NOTED, "Cảm ơn ý kiến ủng hộ.", null));
    }

    private void closeTheConsultation() {
        clock.advance(Duration.ofDays(32));
    }

    @Test
    void aReportIsPublishedOnlyAfterClosingAndWhenEveryCommentIsAnswered() {
        TestStaff.drafterOf(agency);
        assertThatThrownBy(() -> reports.publish(draft, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().messageKey())
                        .isEqualTo("feedback.error.report-before-closing"));

        closeTheConsultation();
        dispositions.answer(onArticle, new Answer(Outcome.ACCEPTED, "Đã bổ sung.", null));
        assertThatThrownBy(() -> reports.publish(draft, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().arguments())
                        .containsExactly(1L));

        assertThat(reports.published(draft)).isEmpty();
        assertThat(mails()).isZero();
    }

    @Test
    void publishingMovesTheDraftOnTellsEveryAuthorAndFreezesTheAnswers() throws Exception {
        answerEverything();
        closeTheConsultation();

        reports.publish(draft, null);

        assertThat(draftService.cardForStaff(draft).status()).isEqualTo(DraftStatus.REPORT_PUBLISHED);
        assertThat(search.search(SearchQuery.of("12/2026"), Locale.of("vi")).hits())
                .as("search results say so too").singleElement()
                .extracting(hit -> hit.draft().status()).isEqualTo(DraftStatus.REPORT_PUBLISHED);
        // Both published authors and the one whose comment was not published hear of it, once each.
        assertThat(mails()).isEqualTo(3);
        String mail = jdbc.sql("SELECT text_body FROM mail_outbox WHERE template = 'report-published' LIMIT 1")
                .query(String.class).single();
        assertThat(mail).contains("http://gopy.test/track?number=");
        String pdf = pdfText(reports.publishedFile(draft, FileKind.PDF).orElseThrow());
        assertThat(pdf).contains("Điều 3. Giải thích từ ngữ", "Công ty TNHH", "Đã bổ sung định nghĩa tại", "Tiếp thu",
                "Cảm ơn ý kiến ủng hộ.", "Ghi nhận", "Ý kiến nhận được 3");

        assertThatThrownBy(() -> dispositions.answer(general, new Answer(Outcome.ACCEPTED, "Đổi ý.", null)))
                .isInstanceOf(InvalidInputException.class);
        String number = jdbc.sql("SELECT tracking_number FROM comment WHERE id = ?").param(onArticle)
                .query(String.class).single();
        assertThat(reports.publishedAnswer(draft, number)).get().extracting(Answer::changedArticle).isEqualTo("3");

        reports.publish(draft, null);
        assertThat(mails()).as("publishing again tells nobody twice").isEqualTo(3);
    }

    @Test
    void anEditedDocxIsPublishedInsteadAndGarbageIsRefusedWithoutChangingAnything() throws Exception {
        answerEverything();
        closeTheConsultation();
        byte[] notADocx = "%PDF-1.4 not a Word file".getBytes();

        assertThatThrownBy(() -> reports.publish(draft, notADocx)).isInstanceOf(InvalidInputException.class);
        assertThat(reports.published(draft)).isEmpty();
        assertThat(draftService.cardForStaff(draft).status()).isEqualTo(DraftStatus.CLOSED);

        reports.publish(draft, docx("Báo cáo đã biên tập của Bộ Tư pháp"));

        var published = reports.published(draft).orElseThrow();
        assertThat(published.edited()).isTrue();
        assertThat(published.formats()).containsExactly(FileKind.DOCX);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(
                reports.publishedFile(draft, FileKind.DOCX).orElseThrow()))) {
            assertThat(read.getParagraphs().getFirst().getText()).isEqualTo("Báo cáo đã biên tập của Bộ Tư pháp");
        }
        assertThat(reports.publishedFile(draft, FileKind.PDF)).isEmpty();
    }

    @Test
    void thePublicDownloadsThePublishedReportAndNothingBefore() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        http.perform(get("/files/reports/" + draft + ".pdf")).andExpect(status().isNotFound());
        answerEverything();
        closeTheConsultation();
        reports.publish(draft, null);
        TestStaff.anonymous();

        http.perform(get("/files/reports/" + draft + ".pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        http.perform(get("/files/reports/" + draft + ".docx")).andExpect(status().isOk());
        http.perform(get("/files/reports/" + draft + ".exe")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheDraftingAgencyAndAdministratorsGenerateOrPublish() {
        answerEverything();
        closeTheConsultation();
        long other = drafts.agency("BYT");

        TestStaff.drafterOf(other);
        assertThatThrownBy(() -> reports.generate(draft, FileKind.PDF)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.publish(draft, null)).isInstanceOf(AccessDeniedException.class);
        TestStaff.moderator();
        assertThatThrownBy(() -> reports.publish(draft, null)).isInstanceOf(AccessDeniedException.class);
        TestStaff.admin();
        assertThat(reports.generate(draft, FileKind.DOCX)).isNotEmpty();
    }

    private long mails() {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE template = 'report-published'").query(Long.class)
                .single();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }
}
