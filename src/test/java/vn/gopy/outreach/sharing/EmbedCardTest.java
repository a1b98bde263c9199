package vn.gopy.outreach.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gopy.ServedPagesTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftFixtures;

/** The card other sites frame, fetched over HTTP as their readers' browsers fetch it. */
@ServedPagesTest
class EmbedCardTest {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired SharingFixtures sharing;
    @Autowired TestClock clock;
    @Autowired DraftCatalog shared;

    long justice;

    @BeforeEach
    void setUp() {
        database.clear();
        justice = drafts.agency("BTP");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCardShowsTheTitleSummaryAgencyStatusDaysLeftAndALinkToComment() throws Exception {
        long id = sharing.openDraft(justice, "Luật Đất đai (sửa đổi)", "Dự thảo sửa đổi quy định về thu hồi đất, "
                + "bồi thường và tái định cư. ".repeat(12), 40);

        HttpResponse<String> response = sharing.get(port, "/embed/drafts/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document card = Jsoup.parse(response.body());
        assertThat(card.selectFirst("h1").text()).isEqualTo("Luật Đất đai (sửa đổi)");
        assertThat(card.selectFirst(".kicker").text()).contains("Cơ quan BTP");
        assertThat(card.selectFirst(".badge").text()).isEqualTo("Đang lấy ý kiến");
        assertThat(card.selectFirst(".left").text()).isEqualTo("Còn 40 ngày");
        String summary = card.selectFirst(".summary").text();
        assertThat(summary).startsWith("Dự thảo sửa đổi quy định về thu hồi đất").endsWith("…");
        assertThat(summary.length()).isLessThanOrEqualTo(EmbedCardPage.SUMMARY_LENGTH + 1);
        Element comment = card.selectFirst("a.cta");
        assertThat(comment.attr("href")).isEqualTo("http://gopy.test/drafts/" + id);
        assertThat(comment.attr("target")).isEqualTo("_blank");
        assertThat(comment.attr("rel")).contains("noopener");
        assertThat(comment.text()).startsWith("Góp ý");
        assertThat(card.select("script, link, img, iframe")).isEmpty();
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(10_000);
    }

    @Test
    void theDaysLeftFollowTheClockInVietnamUntilTheLastDayAndTheEnd() throws Exception {
        long id = sharing.openDraft(justice, "Nghị định về hộ tịch", "Tóm tắt.", 40);

        clock.advance(Duration.ofDays(15));
        assertThat(left(id)).isEqualTo("Còn 25 ngày");

        // A second before the window closes: the closing day itself in Vietnam.
        clock.advance(Duration.between(clock.instant(), shared.publicCard(id).orElseThrow().closesAt()).minusSeconds(1));
        assertThat(left(id)).isEqualTo("Hôm nay là ngày cuối");

        clock.advance(Duration.ofSeconds(2));
        Document closed = Jsoup.parse(sharing.get(port, "/embed/drafts/" + id).body());
        assertThat(closed.selectFirst(".badge").text()).isEqualTo("Đã kết thúc");
        assertThat(closed.selectFirst(".left").text()).startsWith("Đã kết thúc ngày ");
    }

    @Test
    void aHostileTitleAndSummaryAreShownAsTextNeverAsMarkup() throws Exception {
        long id = sharing.openDraft(justice, SharingFixtures.HOSTILE_TITLE, SharingFixtures.HOSTILE_SUMMARY, 40);

        String body = sharing.get(port, "/embed/drafts/" + id).body();

        Document card = Jsoup.parse(body);
        assertThat(card.selectFirst("h1").text()).isEqualTo(SharingFixtures.HOSTILE_TITLE);
        assertThat(card.title()).isEqualTo(SharingFixtures.HOSTILE_TITLE);
        assertThat(card.selectFirst(".summary").text()).isEqualTo(SharingFixtures.HOSTILE_SUMMARY);
        assertThat(card.select("script, img, iframe, b")).isEmpty();
        assertThat(body).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe");
    }

    @Test
    void langEnShowsTheCardInEnglish() throws Exception {
        long id = sharing.openDraft(justice, "Luật Đất đai", "Tóm tắt.", 40);

        Document card = Jsoup.parse(sharing.get(port, "/embed/drafts/" + id + "?lang=en").body());

        assertThat(card.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(card.selectFirst(".kicker").text()).contains("Agency BTP");
        assertThat(card.selectFirst(".badge").text()).isEqualTo("Open for comment");
        assertThat(card.selectFirst(".left").text()).isEqualTo("40 days left");
        assertThat(card.selectFirst("a.cta").text()).startsWith("Comment");
    }

    @Test
    void anUnknownAnUnpublishedOrAMalformedDraftIsAPageNotFound() throws Exception {
        long unpublished = sharing.unpublishedDraft(justice);

        for (String path : new String[] {"/embed/drafts/" + unpublished, "/embed/drafts/999999", "/embed/drafts/abc",
            "/embed/drafts/99999999999999999999"}) {
            HttpResponse<String> response = sharing.get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).text()).as(path).contains("Không tìm thấy dự thảo này.");
            assertThat(response.body()).as(path).doesNotContain("Luật Đất đai");
        }
    }

    private String left(long id) throws Exception {
        return Jsoup.parse(sharing.get(port, "/embed/drafts/" + id).body()).selectFirst(".left").text();
    }
}
