package vn.gopy.outreach.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.sharing.SharingFixtures;

/** The share panel on a draft's page, as a reader with a keyboard or a screen reader finds it. */
class ShareButtonsTest extends ViewTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired SharingFixtures sharing;

    long justice;

    @BeforeEach
    void setUp() {
        database.clear();
        justice = drafts.agency("BTP");
    }

    @Test
    void facebookGetsTheEncodedAddressInANewTabThatLearnsNothingOfThePage() {
        long id = sharing.openDraft(justice, "Luật Đất đai (sửa đổi)", "Tóm tắt.", 40);

        open("drafts/" + id);

        Element facebook = link("share-facebook");
        assertThat(facebook.getAttribute("href"))
                .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fgopy.test%2Fdrafts%2F" + id);
        assertThat(facebook.getAttribute("target")).isEqualTo("_blank");
        assertThat(facebook.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(facebook.getAttribute("aria-label")).isEqualTo("Chia sẻ lên Facebook (mở trong thẻ mới)");
    }

    @Test
    void theMailHasTheTitleAsItsSubjectAndTheAddressInItsBody() {
        long id = sharing.openDraft(justice, "Nghị định về hộ tịch & chứng thực", "Tóm tắt.", 40);

        open("drafts/" + id);

        String mailto = link("share-email").getAttribute("href");
        assertThat(mailto).startsWith("mailto:?subject=").doesNotContain("+").doesNotContain(" ");
        Map<String, String> fields = Arrays.stream(mailto.substring("mailto:?".length()).split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(fields).containsOnlyKeys("subject", "body");
        assertThat(fields.get("subject")).isEqualTo("Nghị định về hộ tịch & chứng thực");
        assertThat(fields.get("body")).startsWith("Mời bạn đọc và góp ý dự thảo này trên Gopy:")
                .endsWith("http://gopy.test/drafts/" + id);
        assertThat(link("share-email").getAttribute("aria-label")).isEqualTo("Gửi liên kết qua e-mail");
    }

    @Test
    void copyingAndTheZaloShareSheetAreButtonsWithNamesForScreenReaders() {
        long id = sharing.openDraft(justice, "Luật Đất đai", "Tóm tắt.", 40);

        open("drafts/" + id);

        Element copy = part("share-copy");
        assertThat(copy.getTag()).isEqualTo("button");
        assertThat(copy.getAttribute("type")).isEqualTo("button");
        assertThat(copy.getTextRecursively()).isEqualTo("Chép liên kết");
        assertThat(copy.getAttribute("aria-label")).isEqualTo("Chép liên kết tới dự thảo này");
        Element zalo = part("share-zalo");
        assertThat(zalo.getTag()).isEqualTo("button");
        assertThat(zalo.getTextRecursively()).isEqualTo("Zalo");
        assertThat(zalo.getAttribute("aria-label")).isEqualTo("Chia sẻ qua Zalo hoặc ứng dụng khác trên điện thoại");
        Element buttons = part("share-buttons");
        assertThat(buttons.getAttribute("role")).isEqualTo("group");
        assertThat(buttons.getAttribute("aria-label")).isEqualTo("Chia sẻ dự thảo này");
        assertThat(buttons.getChildren().map(e -> e.getTextRecursively()))
                .containsExactly("Chép liên kết", "Zalo", "Facebook", "E-mail");
        // One line that screen readers announce for the buttons, one for the embed code.
        assertThat(descendants($(SharePanel.class).single().getElement())
                .filter(e -> !e.isTextNode() && e.getClassList().contains(SharePanel.NOTICE_CLASS))
                .map(e -> e.getAttribute("role") + " " + e.getAttribute("aria-live")))
                .containsExactly("status polite", "status polite");
    }

    @Test
    void whenTheBrowserCopiedTheReaderIsToldAndWhenItCouldNotTheAddressIsShownToCopyByHand() {
        long id = sharing.openDraft(justice, "Luật Đất đai", "Tóm tắt.", 40);
        open("drafts/" + id);
        SharePanel panel = $(SharePanel.class).single();
        Element address = part("share-address");
        assertThat(address.hasAttribute("hidden")).isTrue();
        assertThat(notice()).isEmpty();

        // What the browser's answer to the clipboard script calls (a browserless test runs no script).
        panel.showAddress();
        assertThat(address.hasAttribute("hidden")).isFalse();
        Element field = address.getChildren().filter(e -> "textarea".equals(e.getTag())).findFirst().orElseThrow();
        assertThat(field.getText()).isEqualTo("http://gopy.test/drafts/" + id);
        assertThat(field.hasAttribute("readonly")).isTrue();
        assertThat(address.getChildren().filter(e -> "label".equals(e.getTag())).findFirst().orElseThrow()
                .getAttribute("for")).isEqualTo(field.getAttribute("id"));
        assertThat(notice()).startsWith("Không chép tự động được.");

        panel.say("outreach.sharing.copied");
        assertThat(notice()).isEqualTo("Đã chép liên kết");
        assertThat(address.hasAttribute("hidden")).isTrue();
    }

    @Test
    void theEmbedCodeIsAnIframeOfTheCardWithAnEscapedTitleAndThePosterIsLinked() {
        long id = sharing.openDraft(justice, SharingFixtures.HOSTILE_TITLE, "Tóm tắt.", 40);

        open("drafts/" + id);

        Element embed = part("share-embed");
        assertThat(embed.getTag()).isEqualTo("details");
        assertThat(embed.getChild(0).getTag()).isEqualTo("summary");
        assertThat(embed.getChild(0).getText()).isEqualTo("Nhúng vào trang của bạn");
        String snippet = part("share-embed-code").getChildren().filter(e -> "textarea".equals(e.getTag()))
                .findFirst().orElseThrow().getText();
        var iframe = Jsoup.parseBodyFragment(snippet).selectFirst("iframe");
        assertThat(Jsoup.parseBodyFragment(snippet).body().children()).hasSize(1);
        assertThat(iframe.attr("src")).isEqualTo("http://gopy.test/embed/drafts/" + id);
        assertThat(iframe.attr("title")).isEqualTo("Góp ý dự thảo: " + SharingFixtures.HOSTILE_TITLE);
        assertThat(snippet).doesNotContain("<script");
        Element poster = link("share-poster");
        assertThat(poster.getAttribute("href")).isEqualTo("http://gopy.test/posters/drafts/" + id);
        assertThat(poster.getTextRecursively()).isEqualTo("In áp phích");
        assertThat(poster.hasAttribute("router-ignore")).isTrue();
    }

    @Test
    void thePanelAddsNoScriptAndLinksOnlyToTheNetworksShareAddresses() {
        long id = sharing.openDraft(justice, "Luật Đất đai", "Tóm tắt.", 40);

        open("drafts/" + id);

        Element panel = $(SharePanel.class).single().getElement();
        assertThat(descendants(panel).filter(e -> !e.isTextNode() && "script".equals(e.getTag()))).isEmpty();
        assertThat(descendants(panel).filter(e -> !e.isTextNode() && e.hasAttribute("href"))
                .map(e -> e.getAttribute("href")).filter(h -> !h.startsWith("http://gopy.test/") && !h.startsWith("mailto:")))
                .containsExactly("https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fgopy.test%2Fdrafts%2F" + id);
    }

    @Test
    void aDraftPreviewedBeforePublishingHasNothingToShare() {
        long unpublished = sharing.unpublishedDraft(justice);

        TestStaff.drafterOf(justice);
        open("drafts/" + unpublished);

        assertThat($(SharePanel.class).all()).isEmpty();
    }

    /** The one element of the share panel with this class. */
    private Element part(String className) {
        List<Element> found = descendants($(SharePanel.class).single().getElement())
                .filter(e -> !e.isTextNode() && e.getClassList().contains(className)).toList();
        assertThat(found).as(className).hasSize(1);
        return found.getFirst();
    }

    private Element link(String className) {
        Element link = part(className);
        assertThat(link.getTag()).isEqualTo("a");
        return link;
    }

    private String notice() {
        return descendants($(SharePanel.class).single().getElement())
                .filter(e -> !e.isTextNode() && e.getClassList().contains(SharePanel.NOTICE_CLASS))
                .findFirst().orElseThrow().getText();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ShareButtonsTest::descendants));
    }
}
