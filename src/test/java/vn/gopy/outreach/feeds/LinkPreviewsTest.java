package vn.gopy.outreach.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gopy.ServedPagesTest;

/**
 * Link previews as a chat app's crawler sees them: the raw HTML of the first request (no JavaScript runs),
 * and the picture it then fetches.
 */
@ServedPagesTest
class LinkPreviewsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired FeedDrafts drafts;

    @BeforeEach
    void draftsOpenClosedScheduledAndUnpublished() {
        drafts.build();
    }

    @AfterEach
    void clockBack() {
        drafts.reset();
    }

    @Test
    void aDraftPageCarriesItsTitleSummaryAndPictureInTheRawHtml() throws Exception {
        Document page = html("/drafts/" + drafts.landLaw);

        String title = "Luật Đất đai (sửa đổi) DD-1";
        String summary = "Sửa đổi quy định về thu hồi đất và bồi thường.";
        assertThat(page.title()).isEqualTo(title);
        assertThat(page.select("head title")).hasSize(1);
        assertThat(meta(page, "name", "description")).isEqualTo(summary);
        assertThat(meta(page, "property", "og:title")).isEqualTo(title);
        assertThat(meta(page, "property", "og:description")).isEqualTo(summary);
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:url")).isEqualTo("http://gopy.test/drafts/" + drafts.landLaw);
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://gopy.test/drafts/" + drafts.landLaw);
        assertThat(meta(page, "property", "og:site_name")).isEqualTo("Gopy");
        assertThat(meta(page, "property", "og:locale")).isEqualTo("vi_VN");
        String image = meta(page, "property", "og:image");
        assertThat(URI.create(image).isAbsolute()).isTrue();
        assertThat(image).startsWith("http://gopy.test/previews/drafts/" + drafts.landLaw + ".png");
        assertThat(meta(page, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "property", "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "property", "og:image:alt")).contains(title);
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "name", "twitter:title")).isEqualTo(title);
        assertThat(meta(page, "name", "twitter:description")).isEqualTo(summary);
        assertThat(meta(page, "name", "twitter:image")).isEqualTo(image);
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("http://gopy.test/feed.atom", "http://gopy.test/feeds/agencies/BTP.atom");
    }

    @Test
    void anArticlePageNamesTheArticleAndItsOwnAddress() throws Exception {
        Document page = html("/drafts/" + drafts.landLaw + "/articles/3");

        assertThat(page.title()).isEqualTo("Điều 3. Giải thích từ ngữ — Luật Đất đai (sửa đổi) DD-1");
        assertThat(meta(page, "property", "og:url"))
                .isEqualTo("http://gopy.test/drafts/" + drafts.landLaw + "/articles/3");
    }

    @Test
    void aHostileTitleStaysTextInEveryTag() throws Exception {
        String raw = raw("/drafts/" + drafts.hostile);
        Document page = Jsoup.parse(raw);

        assertThat(page.title()).isEqualTo(FeedDrafts.HOSTILE_TITLE);
        assertThat(meta(page, "property", "og:title")).isEqualTo(FeedDrafts.HOSTILE_TITLE);
        assertThat(meta(page, "name", "description")).isEqualTo(FeedDrafts.HOSTILE_SUMMARY);
        assertThat(page.head().select("script").eachAttr("src")).noneMatch(src -> src.contains("alert"));
        assertThat(page.head().select("script")).noneMatch(s -> s.data().contains("alert('x')"));
        assertThat(page.head().select("b")).isEmpty();
    }

    @Test
    void otherPagesAndUnpublishedDraftsGetThePortalsGeneralPreview() throws Exception {
        for (String path : new String[] {"/", "/consultations", "/drafts/" + drafts.unpublished, "/drafts/999999"}) {
            Document page = html(path);
            assertThat(meta(page, "property", "og:type")).as(path).isEqualTo("website");
            assertThat(meta(page, "property", "og:title")).as(path).isEqualTo("Góp ý dự thảo văn bản quy phạm pháp luật");
            assertThat(meta(page, "property", "og:image")).as(path).isEqualTo("http://gopy.test/previews/portal.png");
            assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href")).as(path)
                    .isEqualTo("http://gopy.test/feed.atom");
            assertThat(page.html()).as(path).doesNotContain("Dự thảo chưa công bố");
        }
    }

    @Test
    void theDraftsPictureIs1200By630AndCachedAndUnpublishedDraftsHaveNone() throws Exception {
        HttpResponse<byte[]> response = get("/previews/drafts/" + drafts.landLaw + ".png");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("max-age=3600").contains("public"));
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(picture.getWidth()).isEqualTo(1200);
        assertThat(picture.getHeight()).isEqualTo(630);
        assertThat(darkPixels(picture, 150, 260)).as("the title is drawn").isGreaterThan(2_000);

        assertThat(get("/previews/drafts/" + drafts.unpublished + ".png").statusCode()).isEqualTo(404);
        assertThat(get("/previews/drafts/999999.png").statusCode()).isEqualTo(404);
        BufferedImage portal = ImageIO.read(new ByteArrayInputStream(get("/previews/portal.png").body()));
        assertThat(portal.getWidth()).isEqualTo(1200);
        assertThat(portal.getHeight()).isEqualTo(630);
    }

    /** Near-black pixels in a band of rows: the title's ink. */
    private static int darkPixels(BufferedImage picture, int fromRow, int toRow) {
        int dark = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int rgb = picture.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 80 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static String meta(Document page, String kind, String name) {
        var found = page.head().select("meta[" + kind + "=" + name + "]");
        assertThat(found).as("meta %s", name).hasSize(1);
        return found.attr("content");
    }

    private Document html(String path) throws Exception {
        return Jsoup.parse(raw(path));
    }

    private String raw(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isIn(200, 404);
        return response.body();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
