package vn.gopy.outreach.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.ServedPagesTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.reach.ChannelKind;
import vn.gopy.outreach.reach.ChannelReach;
import vn.gopy.outreach.reach.Channels;
import vn.gopy.outreach.reach.NewChannel;

/** The printable poster: what a passer-by reads on a notice board, and a QR code that a phone can follow. */
@ServedPagesTest
class PosterTest {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired SharingFixtures sharing;
    @Autowired DraftCatalog shared;
    @Autowired Channels channels;
    @Autowired JdbcClient jdbc;

    long justice;

    @BeforeEach
    void setUp() {
        database.clear();
        justice = drafts.agency("BTP");
    }

    @Test
    void thePosterShowsTitleAgencyDatesDeadlineSummaryAndThePrintedAddress() throws Exception {
        long id = sharing.openDraft(justice, "Luật Đất đai (sửa đổi)", "Sửa quy định về bồi thường khi thu hồi đất.", 45);
        DraftCard card = shared.publicCard(id).orElseThrow();

        var response = sharing.get(port, "/posters/drafts/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        Document poster = Jsoup.parse(response.body());
        assertThat(poster.selectFirst("h1").text()).isEqualTo("Luật Đất đai (sửa đổi)");
        assertThat(poster.selectFirst(".agency").text()).isEqualTo("Cơ quan chủ trì soạn thảo: Cơ quan BTP");
        String lastDay = PortalTime.date(card.closesAt().minusNanos(1), null);
        assertThat(poster.selectFirst(".dates").text())
                .isEqualTo("Thời gian lấy ý kiến: từ " + PortalTime.date(card.opensAt(), null) + " đến hết ngày " + lastDay);
        assertThat(poster.selectFirst(".deadline").text()).isEqualTo("Góp ý đến hết ngày " + lastDay);
        assertThat(poster.selectFirst(".summary").text()).isEqualTo("Sửa quy định về bồi thường khi thu hồi đất.");
        assertThat(poster.selectFirst(".address").text()).isEqualTo("http://gopy.test/drafts/" + id);
        assertThat(response.body()).contains("@page{size:A4").contains("@media screen").contains("@media print");
        assertThat(poster.selectFirst(".hint").text()).contains("Ctrl+P");
        assertThat(poster.select("script")).isEmpty();
    }

    @Test
    void thePostersQrCodeScansBackToTheDraftsAddress() throws Exception {
        long id = sharing.openDraft(justice, "Nghị định về hộ tịch", "Tóm tắt.", 40);

        String body = sharing.get(port, "/posters/drafts/" + id).body();

        String svg = body.substring(body.indexOf("<svg"), body.indexOf("</svg>"));
        assertThat(scan(drawn(svg))).isEqualTo("http://gopy.test/drafts/" + id);
    }

    @Test
    void aPosterForAChannelLeadsToItsShortLinkAndAnyOtherCodeToTheDraft() throws Exception {
        long id = sharing.openDraft(justice, "Nghị định về hộ tịch", "Tóm tắt.", 40);
        long other = sharing.openDraft(justice, "Nghị định khác", "Tóm tắt.", 40);
        TestStaff.drafterOf(justice);
        String ward = channels.add(id, new NewChannel(ChannelKind.POSTER, "Áp phích phường Bến Nghé", null)).code();
        String elsewhere = channels.add(other, new NewChannel(ChannelKind.POSTER, "Áp phích khác", null)).code();
        ChannelReach retired = channels.add(id, new NewChannel(ChannelKind.NEWSPAPER, "Báo cũ", null));
        jdbc.sql("UPDATE outreach_channel SET retired_at = now() WHERE id = ?").param(retired.id()).update();
        TestStaff.anonymous();

        assertThat(posterQr(id, "?kenh=" + ward)).isEqualTo("http://gopy.test/c/" + ward);
        assertThat(Jsoup.parse(sharing.get(port, "/posters/drafts/" + id + "?kenh=" + ward).body())
                .selectFirst(".address").text()).isEqualTo("http://gopy.test/c/" + ward);
        assertThat(posterQr(id, "?kenh=" + elsewhere)).as("another draft's channel").isEqualTo("http://gopy.test/drafts/" + id);
        assertThat(posterQr(id, "?kenh=" + retired.code())).as("a retired channel").isEqualTo("http://gopy.test/drafts/" + id);
        assertThat(posterQr(id, "?kenh=%3Cscript%3E")).isEqualTo("http://gopy.test/drafts/" + id);
    }

    private String posterQr(long id, String query) throws Exception {
        String body = sharing.get(port, "/posters/drafts/" + id + query).body();
        return scan(drawn(body.substring(body.indexOf("<svg"), body.indexOf("</svg>"))));
    }

    @Test
    void hostileTextOnThePosterIsTextNeverMarkup() throws Exception {
        long id = sharing.openDraft(justice, SharingFixtures.HOSTILE_TITLE, SharingFixtures.HOSTILE_SUMMARY, 40);

        String body = sharing.get(port, "/posters/drafts/" + id).body();

        Document poster = Jsoup.parse(body);
        assertThat(poster.selectFirst("h1").text()).isEqualTo(SharingFixtures.HOSTILE_TITLE);
        assertThat(poster.selectFirst(".summary").text()).isEqualTo(SharingFixtures.HOSTILE_SUMMARY);
        assertThat(poster.selectFirst(".qr svg title").text()).contains(SharingFixtures.HOSTILE_TITLE);
        assertThat(poster.select("script, img, iframe, b")).isEmpty();
    }

    @Test
    void anUnknownOrUnpublishedDraftHasNoPosterAndEnglishIsThere() throws Exception {
        long unpublished = sharing.unpublishedDraft(justice);
        long open = sharing.openDraft(justice, "Luật Đất đai", "Tóm tắt.", 40);

        assertThat(sharing.get(port, "/posters/drafts/" + unpublished).statusCode()).isEqualTo(404);
        assertThat(sharing.get(port, "/posters/drafts/77777").statusCode()).isEqualTo(404);
        Document english = Jsoup.parse(sharing.get(port, "/posters/drafts/" + open + "?lang=en").body());
        assertThat(english.selectFirst(".deadline").text()).startsWith("Comment until the end of ");
        assertThat(english.selectFirst(".agency").text()).contains("Agency BTP");
    }

    /** Reads a QR code from a picture, as a phone's camera would (as in QrCodeTest). */
    private static String scan(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    /** Draws the SVG's rectangles ("Mx yhNv1h-Nz") as a browser would, eight pixels a module. */
    private static BufferedImage drawn(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        BufferedImage image = new BufferedImage(size * 8, size * 8, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        Matcher rectangle = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (rectangle.find()) {
            graphics.fillRect(Integer.parseInt(rectangle.group(1)) * 8, Integer.parseInt(rectangle.group(2)) * 8,
                    Integer.parseInt(rectangle.group(3)) * 8, 8);
        }
        return image;
    }
}
