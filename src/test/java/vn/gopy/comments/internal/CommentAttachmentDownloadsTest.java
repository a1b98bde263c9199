package vn.gopy.comments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.SubmittedFile;
import vn.gopy.drafts.DraftFixtures;

/** A position paper attached to a comment downloads once the comment is published, and not before. */
@IntegrationTest
class CommentAttachmentDownloadsTest {

    static final byte[] PDF = "%PDF-1.4\n% Kiến nghị\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired WebApplicationContext context;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired CommentService comments;
    @Autowired CommentDecisions decisions;
    @Autowired CommentFixtures fixtures;
    @Autowired JdbcClient jdbc;

    MockMvc http;

    @BeforeEach
    void setUp() {
        database.clear();
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void thePaperOfAPublishedCommentDownloadsUnderItsNameAndNotBefore() throws Exception {
        long draft = drafts.openDraft(drafts.agency("VCCI"), "09/2026", 60);
        TestStaff.anonymous();
        CommentSubmission s = CommentFixtures.business(draft, null, "Xem kiến nghị của hiệp hội.", CommentFixtures.uniqueEmail());
        String number = comments.submit(new CommentSubmission(s.draftId(), null, s.text(), s.email(), s.name(), true,
                s.kind(), s.organisation(), s.provinceCode(), s.sectorCode(), s.businessSize(), true, true, false, "",
                List.of(new SubmittedFile("Kiến nghị của Hiệp hội.pdf", PDF)), "vi"), "192.0.2.90").trackingNumber();
        fixtures.confirm(number);
        long attachment = jdbc.sql("SELECT id FROM comment_attachment").query(Long.class).single();

        assertThat(http.perform(get("/files/comments/" + attachment).with(anonymous())).andReturn().getResponse()
                .getStatus()).as("awaiting moderation").isEqualTo(404);
        assertThat(http.perform(get("/files/comments/not-a-number").with(anonymous())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        TestStaff.moderator();
        decisions.publish(decisions.idOf(number).orElseThrow());
        TestStaff.anonymous();
        MvcResult result = http.perform(get("/files/comments/" + attachment).with(anonymous())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ContentDisposition.parse(result.getResponse().getHeader("Content-Disposition")).getFilename())
                .isEqualTo("Kiến nghị của Hiệp hội.pdf");
    }
}
