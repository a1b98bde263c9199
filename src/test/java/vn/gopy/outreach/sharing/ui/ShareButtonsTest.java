package vn.gopy.outreach.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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

        Anchor facebook = link("share-facebook");
        assertThat(facebook.getHref())
                .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fgopy.test%2Fdrafts%2F" + id);
        assertThat(facebook.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(facebook.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(facebook.getElement().getAttribute("aria-label")).isEqualTo("Chia sẻ lên Facebook (mở trong thẻ mới)");
    }

    @Test
    void theMailHasTheTitleAsItsSubjectAndTheAddressInItsBody() {
        long id = sharing.openDraft(justice, "Nghị định về hộ tịch & chứng thực", "Tóm tắt.", 40);

        open("drafts/" + id);

        String mailto = link("share-email").getHref();
        assertThat(mailto).startsWith("mailto:?subject=").doesNotContain("+").doesNotContain(" ");
        Map<String, String> fields = Arrays.stream(mailto.substring("mailto:?".length()).split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(fields).containsOnlyKeys("subject", "body");
        assertThat(fields.get("subject")).isEqualTo("Nghị định về hộ tịch & chứng thực");
        assertThat(fields.get("body")).startsWith("Mời bạn đọc và góp ý dự thảo này trên Gopy:")
                .endsWith("http://gopy.test/drafts/" + id);
        assertThat(link("share-email").getElement().getAttribute("aria-label")).isEqualTo("Gửi liên kết qua e-mail");
    }

    @Test
    void copyingAndTheZaloShareSheetAreButtonsWithNamesForScreenReaders() {
        long id = sharing.openDraft(justice, "Luật Đất đai", "Tóm tắt.", 40);

        open("drafts/" + id);

        Button copy = $(Button.class).withClassName("share-copy").single();
        assertThat(copy.getText()).isEqualTo("Chép liên kết");
        assertThat(copy.getAriaLabel()).hasValue("Chép liên kết tới dự thảo này");
        Button zalo = $(Button.class).withClassName("share-zalo").single();
        assertThat(zalo.getText()).isEqualTo("Zalo");
        assertThat(zalo.getAriaLabel()).hasValue("Chia sẻ qua Zalo hoặc ứng dụng khác trên điện thoại");
        SharePanel panel = $(SharePanel.class).single();
        assertThat(panel.getElement().getAttribute("aria-label")).isEqualTo("Chia sẻ dự thảo này");
        assertThat(panel.getElement().getChildren().filter(e -> "group".equals(e.getAttribute("role"))).count())
                .isEqualTo(1);
    }

    @Test
    void whenTheBrowserCopiedTheReaderIsToldAndWhenItCouldNotTheAddressIsShownToCopyByHand() {
        long id = sharing.openDraft(justice, "Luật Đất đai", "Tóm tắt.", 40);
        open("drafts/" + id);
        SharePanel panel = $(SharePanel.class).single();
        // Hidden until needed, so found among the panel's children rather than among the visible components.
        TextField address = panel.getChildren().filter(TextField.class::isInstance).map(TextField.class::cast)
                .findFirst().orElseThrow();
        assertThat(address.isVisible()).isFalse();

        // What the browser's answer to the clipboard script calls (a browserless test runs no script).
        panel.showAddress();
        assertThat(address.isVisible()).isTrue();
        assertThat(address.getValue()).isEqualTo("http://gopy.test/drafts/" + id);
        assertThat(address.isReadOnly()).isTrue();
        assertThat(notice(panel)).startsWith("Không chép tự động được.");

        panel.say("outreach.sharing.copied");
        assertThat(notice(panel)).isEqualTo("Đã chép liên kết");
        assertThat(address.isVisible()).isFalse();
    }

    @Test
    void theEmbedCodeIsAnIframeOfTheCardWithAnEscapedTitleAndThePosterIsLinked() {
        long id = sharing.openDraft(justice, SharingFixtures.HOSTILE_TITLE, "Tóm tắt.", 40);

        open("drafts/" + id);

        String snippet = $(TextArea.class).withClassName("share-embed-code").single().getValue();
        var iframe = Jsoup.parseBodyFragment(snippet).selectFirst("iframe");
        assertThat(Jsoup.parseBodyFragment(snippet).body().children()).hasSize(1);
        assertThat(iframe.attr("src")).isEqualTo("http://gopy.test/embed/drafts/" + id);
        assertThat(iframe.attr("title")).isEqualTo("Góp ý dự thảo: " + SharingFixtures.HOSTILE_TITLE);
        assertThat(snippet).doesNotContain("<script");
        Anchor poster = link("share-poster");
        assertThat(poster.getHref()).isEqualTo("http://gopy.test/posters/drafts/" + id);
        assertThat(poster.getElement().getTextRecursively()).isEqualTo("In áp phích");
    }

    @Test
    void thePanelAddsNoScriptAndLinksOnlyToTheNetworksShareAddresses() {
        long id = sharing.openDraft(justice, "Luật Đất đai", "Tóm tắt.", 40);

        open("drafts/" + id);

        Element panel = $(SharePanel.class).single().getElement();
        assertThat(descendants(panel).filter(e -> !e.isTextNode() && "script".equals(e.getTag()))).isEmpty();
        assertThat($(Anchor.class).all().stream().filter(a -> a.getHref().startsWith("http"))
                .map(Anchor::getHref).filter(h -> !h.startsWith("http://gopy.test/")))
                .containsExactly("https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fgopy.test%2Fdrafts%2F" + id);
    }

    @Test
    void aDraftPreviewedBeforePublishingHasNothingToShare() {
        long unpublished = sharing.unpublishedDraft(justice);

        TestStaff.drafterOf(justice);
        open("drafts/" + unpublished);

        assertThat($(SharePanel.class).all()).isEmpty();
    }

    private Anchor link(String className) {
        return $(Anchor.class).withClassName(className).single();
    }

    private static String notice(SharePanel panel) {
        return panel.getElement().getChildren().filter(e -> e.getClassList().contains(SharePanel.NOTICE_CLASS))
                .findFirst().orElseThrow().getText();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ShareButtonsTest::descendants));
    }
}
