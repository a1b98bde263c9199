package vn.gopy.outreach.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.ServedPagesTest;

/**
 * Only the embeddable card may be framed by other sites; every other page only by the portal itself. The card
 * also leaves no trace in the reader's browser: no session, no cookie.
 */
@ServedPagesTest
class FrameRulesTest {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired SharingFixtures sharing;

    long draftId;

    @BeforeEach
    void setUp() {
        database.clear();
        draftId = sharing.openDraft(drafts.agency("BTP"), "Luật Đất đai", "Tóm tắt.", 40);
    }

    @Test
    void anySiteMayFrameTheCardWhichRunsNothingAndKeepsNoSession() throws Exception {
        for (String path : List.of("/embed/drafts/" + draftId, "/embed/drafts/" + draftId + "?lang=en",
                "/embed/drafts/424242")) {
            HttpResponse<String> response = sharing.get(port, path);

            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).isEmpty();
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path).singleElement()
                    .satisfies(csp -> assertThat(csp).contains("frame-ancestors *").contains("default-src 'none'")
                            .contains("style-src 'unsafe-inline'").contains("img-src 'self'")
                            .doesNotContain("script-src"));
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void everyOtherPageMayBeFramedOnlyByThePortalItself() throws Exception {
        for (String path : List.of("/", "/drafts/" + draftId, "/posters/drafts/" + draftId, "/consultations",
                "/login", "/posters/drafts/424242")) {
            HttpResponse<String> response = sharing.get(port, path);

            assertThat(response.statusCode()).as(path).isIn(200, 404);
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("SAMEORIGIN");
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                    .containsExactly("frame-ancestors 'self'");
        }
    }

    @Test
    void theDraftPageLoadsNoScriptFromAnotherSite() throws Exception {
        HttpResponse<String> response = sharing.get(port, "/drafts/" + draftId);

        assertThat(response.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(response.body(), "http://localhost:" + port + "/drafts/" + draftId);
        assertThat(page.select("script")).isNotEmpty();
        for (Element script : page.select("script[src]")) {
            assertThat(script.absUrl("src")).startsWith("http://localhost:" + port + "/");
        }
        assertThat(response.body()).doesNotContain("zalo.me").doesNotContain("connect.facebook.net")
                .doesNotContain("googletagmanager").doesNotContain("google-analytics");
    }
}
