package vn.gopy.outreach.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.ServedPagesTest;

/** The sitemap and robots.txt over real HTTP, as a search engine's crawler reads them. */
@ServedPagesTest
class SitemapAndRobotsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired FeedDrafts drafts;
    @Autowired DraftFixtures fixtures;

    @BeforeEach
    void draftsOpenClosedScheduledAndUnpublished() {
        drafts.build();
    }

    @AfterEach
    void clockBack() {
        drafts.reset();
    }

    @Test
    void theSitemapListsThePublicPagesAndEveryPublicDraftButNoUnpublishedOne() throws Exception {
        HttpResponse<byte[]> response = get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/xml"));
        Element urlset = AtomRules.parse(response.body());
        assertThat(urlset.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        List<String> locations = new ArrayList<>();
        for (Node n = urlset.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element url) {
                assertThat(url.getLocalName()).isEqualTo("url");
                String loc = url.getElementsByTagNameNS(SitemapController.NAMESPACE, "loc").item(0).getTextContent();
                locations.add(loc);
                var lastmod = url.getElementsByTagNameNS(SitemapController.NAMESPACE, "lastmod");
                if (loc.contains("/drafts/")) {
                    assertThat(lastmod.getLength()).as("lastmod of %s", loc).isEqualTo(1);
                    assertThat(lastmod.item(0).getTextContent()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
                }
            }
        }
        assertThat(locations).containsExactlyInAnyOrder("http://gopy.test/", "http://gopy.test/consultations",
                "http://gopy.test/search", page(drafts.closed), page(drafts.landLaw), page(drafts.hostile),
                page(drafts.scheduled));
        assertThat(locations).doesNotContain(page(drafts.unpublished));
    }

    @Test
    void draftsBeyondOnePageOfTheCatalogAreAllListedOnce() throws Exception {
        for (int i = 0; i < DraftCatalog.MAX_PAGE_SIZE; i++) {
            fixtures.openDraft(drafts.btp, "BULK-" + i, 31);
        }
        TestStaff.anonymous();

        Element urlset = AtomRules.parse(get("/sitemap.xml").body());

        var locs = urlset.getElementsByTagNameNS(SitemapController.NAMESPACE, "loc");
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            distinct.add(locs.item(i).getTextContent());
        }
        // 3 pages of the portal, 4 public drafts of the scenario and 100 more: two pages of the catalog.
        assertThat(locs.getLength()).isEqualTo(3 + 4 + DraftCatalog.MAX_PAGE_SIZE);
        assertThat(distinct).hasSize(locs.getLength());
    }

    @Test
    void robotsAllowThePublicPagesKeepCrawlersOutOfStaffPagesAndNameTheSitemap() throws Exception {
        HttpResponse<byte[]> response = get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        List<String> lines = new String(response.body()).lines().toList();
        assertThat(lines).contains("User-agent: *", "Allow: /", "Disallow: /admin/", "Disallow: /staff/",
                "Disallow: /moderation", "Disallow: /feedback", "Disallow: /login",
                "Sitemap: http://gopy.test/sitemap.xml");
        assertThat(lines).noneMatch(line -> line.matches("Disallow: /(drafts|consultations|search|feed)?/?"));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String page(long draftId) {
        return "http://gopy.test/drafts/" + draftId;
    }
}
