package vn.gopy.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.AttachmentKind;
import vn.gopy.drafts.DraftAttachments;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.security.StaffUser;

@IntegrationTest
class AttachmentDownloadControllerTest {

    static final byte[] PDF = "%PDF-1.4\n% Tờ trình\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired WebApplicationContext context;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures fixtures;
    @Autowired DraftService drafts;
    @Autowired DraftAttachments attachments;
    @Autowired Clock clock;

    MockMvc http;
    long justice;

    @BeforeEach
    void setUp() {
        database.clear();
        justice = fixtures.agency("BTP");
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void anyoneDownloadsAPublicDraftsAttachmentUnderItsVietnameseName() throws Exception {
        long draftId = fixtures.openDraft(justice, "DT-01", 40);
        long attachmentId = attach(draftId, "Tờ trình dự thảo Luật Đất đai.pdf");

        MvcResult result = http.perform(get("/files/attachments/" + attachmentId).with(anonymous())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getContentLength()).isEqualTo(PDF.length);
        ContentDisposition disposition = ContentDisposition.parse(result.getResponse().getHeader("Content-Disposition"));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("Tờ trình dự thảo Luật Đất đai.pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh");
    }

    @Test
    void anUnpublishedDraftsAttachmentIsNotFoundForTheAnonymousButServedToItsAgency() throws Exception {
        TestStaff.drafterOf(justice);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        long draftId = drafts.create(fixtures.details(justice, "DT-02", now.plusDays(5), now.plusDays(50)));
        long attachmentId = attach(draftId, "du-thao.pdf");

        MvcResult anonymousResult = http.perform(get("/files/attachments/" + attachmentId).with(anonymous()))
                .andReturn();
        assertThat(anonymousResult.getResponse().getStatus()).isEqualTo(404);
        assertThat(anonymousResult.getResponse().getContentAsByteArray()).isNotEqualTo(PDF);

        StaffUser drafter = TestStaff.drafterOf(justice);
        MvcResult staffResult = http.perform(get("/files/attachments/" + attachmentId).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(drafter, null, drafter.getAuthorities()))))
                .andReturn();
        assertThat(staffResult.getResponse().getStatus()).isEqualTo(200);
        assertThat(staffResult.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void anAttachmentThatDoesNotExistIsNotFound() throws Exception {
        assertThat(http.perform(get("/files/attachments/424242").with(anonymous())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(http.perform(get("/files/attachments/abc").with(anonymous())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    private long attach(long draftId, String fileName) {
        TestStaff.drafterOf(justice);
        long id = attachments.attach(draftId, AttachmentKind.EXPLANATORY_STATEMENT, fileName, PDF).id();
        TestStaff.anonymous();
        return id;
    }
}
