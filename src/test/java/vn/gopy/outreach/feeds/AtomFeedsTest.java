package vn.gopy.outreach.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import vn.gopy.ServedPagesTest;

/** The Atom feeds over real HTTP, read back by the JDK's XML parser against RFC 4287 and by ROME. */
@ServedPagesTest
class AtomFeedsTest {

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
    void theMainFeedListsTheOpenConsultationsNewestFirstAsValidAtom() throws Exception {
        HttpResponse<byte[]> response = get("/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        Element feed = AtomRules.parse(response.body());
        List<Element> entries = AtomRules.checkFeed(feed);
        assertThat(AtomRules.text(feed, "id")).isEqualTo("http://gopy.test/feed.atom");
        assertThat(AtomRules.text(feed, "title")).isEqualTo("Gopy — Dự thảo đang lấy ý kiến");
        assertThat(AtomRules.links(feed, "self").getFirst().getAttribute("href")).isEqualTo("http://gopy.test/feed.atom");
        assertThat(entries).extracting(e -> AtomRules.text(e, "id"))
                .containsExactly(page(drafts.hostile), page(drafts.landLaw));
        Element land = entries.get(1);
        assertThat(AtomRules.text(land, "title")).isEqualTo("Luật Đất đai (sửa đổi) DD-1");
        assertThat(AtomRules.links(land, "alternate").getFirst().getAttribute("href")).isEqualTo(page(drafts.landLaw));
        assertThat(AtomRules.text(AtomRules.children(land, "author").getFirst(), "name")).isEqualTo("Cơ quan BTP");
        assertThat(AtomRules.text(land, "summary")).startsWith("Sửa đổi quy định về thu hồi đất và bồi thường.")
                .contains("Lấy ý kiến từ ").contains("(giờ Việt Nam)");
        assertThat(AtomRules.children(land, "category")).extracting(c -> c.getAttribute("term"))
                .containsExactly("F", "L", "DECREE");
    }

    @Test
    void aHostileTitleAndSummaryComeBackAsTheSameTextNeverAsMarkup() throws Exception {
        byte[] body = get("/feed.atom").body();

        String raw = new String(body, StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<script>").contains("&lt;script").doesNotContain("<b>");
        Element hostile = AtomRules.checkFeed(AtomRules.parse(body)).getFirst();
        assertThat(AtomRules.text(hostile, "title")).isEqualTo(FeedDrafts.HOSTILE_TITLE);
        assertThat(AtomRules.text(hostile, "summary")).startsWith(FeedDrafts.HOSTILE_SUMMARY);
        assertThat(AtomRules.children(hostile, "title").getFirst().getAttribute("type")).isEqualTo("text");
    }

    @Test
    void anIndependentFeedReaderReadsTheSameEntries() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(new String(get("/feed.atom").body(),
                StandardCharsets.UTF_8)));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly(FeedDrafts.HOSTILE_TITLE, "Luật Đất đai (sửa đổi) DD-1");
        SyndEntry land = feed.getEntries().get(1);
        assertThat(land.getLink()).isEqualTo(page(drafts.landLaw));
        assertThat(land.getAuthor()).isEqualTo("Cơ quan BTP");
        assertThat(land.getPublishedDate()).isNotNull();
        assertThat(land.getUpdatedDate()).isNotNull();
        assertThat(land.getCategories()).extracting(SyndCategory::getName).contains("F", "L", "DECREE");
    }

    @Test
    void eachAgencySectorAndProvinceHasItsOwnFeed() throws Exception {
        assertThat(entryIds("/feeds/agencies/BTP.atom")).containsExactly(page(drafts.landLaw));
        assertThat(entryIds("/feeds/agencies/bct.atom")).containsExactly(page(drafts.hostile));
        assertThat(entryIds("/feeds/sectors/F.atom")).containsExactly(page(drafts.landLaw));
        assertThat(entryIds("/feeds/sectors/C.atom")).containsExactly(page(drafts.hostile));
        assertThat(entryIds("/feeds/provinces/ha-noi.atom")).containsExactly(page(drafts.landLaw));
        assertThat(entryIds("/feeds/provinces/da-nang.atom")).isEmpty();

        Element agencyFeed = AtomRules.parse(get("/feeds/agencies/BTP.atom").body());
        assertThat(AtomRules.text(agencyFeed, "title")).isEqualTo("Gopy — Dự thảo của Cơ quan BTP đang lấy ý kiến");
        assertThat(AtomRules.text(agencyFeed, "id")).isEqualTo("http://gopy.test/feeds/agencies/BTP.atom");
        Element provinceFeed = AtomRules.parse(get("/feeds/provinces/ha-noi.atom").body());
        assertThat(AtomRules.text(provinceFeed, "title")).endsWith("Hà Nội");
    }

    @Test
    void anUnknownCodeIsNotFoundWithAShortText() throws Exception {
        for (String path : List.of("/feeds/agencies/NOPE.atom", "/feeds/sectors/ZZ.atom",
                "/feeds/provinces/%3Cscript%3E.atom")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path)
                    .isEqualTo("Không có nguồn tin này: không có cơ quan, ngành hoặc tỉnh nào có mã đã cho.");
        }
    }

    @Test
    void aReaderThatHasTheFeedAlreadyGetsNotModified() throws Exception {
        HttpResponse<byte[]> first = get("/feed.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();

        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(base() + "/feed.atom"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    private List<String> entryIds(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return AtomRules.checkFeed(AtomRules.parse(response.body())).stream()
                .map(e -> AtomRules.text(e, "id")).toList();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String page(long draftId) {
        return "http://gopy.test/drafts/" + draftId;
    }
}
