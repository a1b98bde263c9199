package vn.gopy.outreach.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.ServedPagesTest;

/**
 * The short links over real HTTP: a visit adds one to its channel's count of the day and leads to the draft, with
 * no cookie and no session; link checkers, prefetches and robots are led on without being counted. A context of its
 * own (a real server), closed after, with the security strategy of the shared context put back.
 */
@ServedPagesTest
class ShortLinkCountingTest {

    static final String BROWSER = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures fixtures;
    @Autowired Channels channels;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    long draft;
    ChannelReach paper;
    ChannelReach poster;

    @BeforeEach
    void twoChannels() {
        database.clear();
        long justice = fixtures.agency("BTP");
        draft = fixtures.openDraft(justice, "SL-1", 40);
        paper = channels.add(draft, new NewChannel(ChannelKind.NEWSPAPER, "Báo Nhân Dân", null));
        poster = channels.add(draft, new NewChannel(ChannelKind.POSTER, "Áp phích UBND phường", null));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void timeRunsNormallyAgain() {
        clock.reset();
    }

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    long visits(ChannelReach channel, LocalDate day) {
        return jdbc.sql("SELECT coalesce(sum(visits), 0) FROM outreach_channel_day WHERE channel_id = ? AND day = ?")
                .params(channel.id(), day).query(Long.class).single();
    }

    long allVisits() {
        return jdbc.sql("SELECT coalesce(sum(visits), 0) FROM outreach_channel_day").query(Long.class).single();
    }

    @Test
    void aVisitIsCountedForItsChannelAndDayAndLeadsToTheDraftWithoutACookie() throws Exception {
        LocalDate today = PortalTime.today(clock);
        HttpResponse<byte[]> response = get("/c/" + paper.code(), "User-Agent", BROWSER);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/drafts/" + draft + "?kenh=" + paper.code());
        assertThat(response.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("Set-Cookie"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        get("/c/" + paper.code(), "User-Agent", BROWSER);
        get("/c/" + poster.code(), "User-Agent", BROWSER);
        clock.advance(Duration.ofDays(1));
        get("/c/" + paper.code(), "User-Agent", BROWSER);

        assertThat(visits(paper, today)).isEqualTo(2);
        assertThat(visits(poster, today)).isEqualTo(1);
        assertThat(visits(paper, today.plusDays(1))).isEqualTo(1);
        TestStaff.admin();
        assertThat(channels.of(draft).channels()).extracting(ChannelReach::visits).containsExactly(3L, 1L);
    }

    @Test
    void linkCheckersPrefetchesAndRobotsAreLedOnButNotCounted() throws Exception {
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/c/"
                + paper.code())).method("HEAD", HttpRequest.BodyPublishers.noBody()).header("User-Agent", BROWSER)
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(303);
        List<String[]> notCounted = List.of(
                new String[] {"User-Agent", BROWSER, "Sec-Purpose", "prefetch"},
                new String[] {"User-Agent", BROWSER, "Sec-Purpose", "prefetch;prerender"},
                new String[] {"User-Agent", BROWSER, "Purpose", "prefetch"},
                new String[] {"User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
                new String[] {"User-Agent", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"},
                new String[] {"User-Agent", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"},
                new String[] {"User-Agent", "curl/8.5.0"},
                new String[] {"User-Agent", " "});
        for (String[] headers : notCounted) {
            HttpResponse<byte[]> response = get("/c/" + paper.code(), headers);
            assertThat(response.statusCode()).as(String.join(" ", headers)).isEqualTo(303);
        }
        // Java's own client sends no browser name of its own here: "Java-http-client/25" is on the list.
        assertThat(get("/c/" + paper.code()).statusCode()).isEqualTo(303);

        assertThat(allVisits()).isZero();
        get("/c/" + paper.code(), "User-Agent", BROWSER);
        assertThat(allVisits()).isEqualTo(1);
    }

    @Test
    void anUnknownCodeIsNotFoundAndCountsNothing() throws Exception {
        for (String path : List.of("/c/zzzzzzz", "/c/" + paper.code().toUpperCase(), "/c/abc", "/c/abc-def",
                "/qr/c/zzzzzzz.png", "/qr/c/" + paper.code() + ".gif")) {
            HttpResponse<byte[]> response = get(path, "User-Agent", BROWSER);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("Set-Cookie"));
        }
        assertThat(allVisits()).isZero();
    }

    @Test
    void aRetiredChannelsLinkStillLeadsToTheDraftButNoLongerCounts() throws Exception {
        get("/c/" + paper.code(), "User-Agent", BROWSER);
        TestStaff.admin();
        assertThat(channels.remove(draft, paper.id())).isTrue();
        SecurityContextHolder.clearContext();

        HttpResponse<byte[]> response = get("/c/" + paper.code(), "User-Agent", BROWSER);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/drafts/" + draft);
        assertThat(allVisits()).isEqualTo(1);
    }

    @Test
    void concurrentVisitsAreAllCounted() throws Exception {
        int threads = 8;
        int each = 50;
        List<Future<Integer>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < each; i++) {
                        ok += get("/c/" + poster.code(), "User-Agent", BROWSER).statusCode() == 303 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(each);
            }
        }
        assertThat(visits(poster, PortalTime.today(clock))).isEqualTo(threads * each);
    }

    @Test
    void theCountsTableHoldsNothingButCounts() {
        List<String> columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns WHERE table_name = 'outreach_channel_day'
                ORDER BY ordinal_position""").query(String.class).list();
        assertThat(columns).containsExactly("channel_id", "day", "visits", "confirmed_comments");
    }

    /** As in QrCodeTest: what a phone's camera reads. */
    static String scan(java.awt.image.BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(source))).getText();
    }

    @Test
    void theQrCodesScanBackToTheShortLink() throws Exception {
        HttpResponse<byte[]> png = get("/qr/c/" + paper.code() + ".png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(scan(ImageIO.read(new ByteArrayInputStream(png.body()))))
                .isEqualTo("http://gopy.test/c/" + paper.code());
        HttpResponse<byte[]> svg = get("/qr/c/" + paper.code() + ".svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/svg+xml"));
        assertThat(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("<svg").contains("<title>http://gopy.test/c/" + paper.code());
        assertThat(allVisits()).isZero();
    }
}
