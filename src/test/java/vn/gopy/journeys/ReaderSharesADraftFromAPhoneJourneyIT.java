package vn.gopy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.sharing.SharingFixtures;

/**
 * Issue 7's sharing in a real Chromium: a reader on a 360 px phone copies a draft's link (and, without a clipboard,
 * gets it selected to copy by hand), hands it to the share sheet where Zalo is, and a newspaper on another site
 * frames the draft's card, while the draft's own page refuses to be framed there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReaderSharesADraftFromAPhoneJourneyIT {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired SharingFixtures sharing;

    long draftId;
    String address;
    HttpServer newspaper;

    @BeforeEach
    void setUp() {
        database.clear();
        draftId = sharing.openDraft(drafts.agency("BTP"), "Luật Thương mại điện tử", "Quy định về bán hàng trực tuyến.", 40);
        address = "http://gopy.test/drafts/" + draftId;
    }

    @AfterEach
    void stopTheNewspaper() {
        if (newspaper != null) {
            newspaper.stop(0);
        }
    }

    @Test
    void aReaderOnAPhoneCopiesTheLinkOrGetsItSelectedAndHandsItToTheShareSheet() throws Exception {
        try (Browser phone = new Browser("http://localhost:" + port + "/", 360, 800)) {
            ((org.openqa.selenium.chrome.ChromeDriver) phone.driver()).executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                    java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            phone.open("drafts/" + draftId);
            assertThat((Long) phone.js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);

            phone.click(phone.find(By.cssSelector("button.share-copy")));
            assertThat(notice(phone)).isEqualTo("Đã chép liên kết");
            assertThat(phone.js("return navigator.clipboard.readText()")).isEqualTo(address);
            phone.screenshot(Path.of("target/screenshots/share-buttons-phone.png"));

            // A phone's share sheet (Zalo is one of its apps) receives the title and the address.
            phone.js("navigator.share = d => { window.sharedWith = d; return Promise.resolve(); }");
            phone.click(phone.find(By.cssSelector("button.share-zalo")));
            phone.until(d -> phone.js("return window.sharedWith") != null);
            assertThat(phone.js("return window.sharedWith.url")).isEqualTo(address);
            assertThat(phone.js("return window.sharedWith.title")).isEqualTo("Luật Thương mại điện tử");

            // A browser without a clipboard: the address is shown, focused and selected, to copy by hand.
            phone.js("Object.defineProperty(navigator, 'clipboard', {value: undefined})");
            phone.click(phone.find(By.cssSelector("button.share-copy")));
            phone.until(d -> notice(phone).startsWith("Không chép tự động được."));
            WebElement field = phone.find(By.cssSelector(".share-address textarea"));
            assertThat(field.isDisplayed()).isTrue();
            assertThat(phone.js("const f = document.activeElement; return f.value.substring(f.selectionStart, f.selectionEnd)"))
                    .isEqualTo(address);
        }
    }

    @Test
    void aNewspaperOnAnotherSiteFramesTheCardButNotTheDraftsPage() throws Exception {
        String portal = "http://localhost:" + port;
        byte[] article = ("<!DOCTYPE html><html><body><h1>Báo điện tử</h1>"
                + "<iframe id=\"card\" src=\"" + portal + "/embed/drafts/" + draftId + "\" width=\"480\" height=\"330\"></iframe>"
                + "<iframe id=\"page\" src=\"" + portal + "/drafts/" + draftId + "\" width=\"480\" height=\"330\"></iframe>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        newspaper = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        newspaper.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, article.length);
            exchange.getResponseBody().write(article);
            exchange.close();
        });
        newspaper.start();

        try (Browser reader = new Browser("http://127.0.0.1:" + newspaper.getAddress().getPort() + "/", 1024, 800)) {
            reader.driver().get("http://127.0.0.1:" + newspaper.getAddress().getPort() + "/");
            reader.driver().switchTo().frame("card");
            assertThat(reader.find(By.tagName("h1")).getText()).isEqualTo("Luật Thương mại điện tử");
            assertThat(reader.find(By.cssSelector("a.cta")).getAttribute("href")).isEqualTo(address);
            reader.driver().switchTo().defaultContent();
            reader.driver().switchTo().frame("page");
            assertThat((String) reader.js("return location.href")).startsWith("chrome-error://");
        }
    }

    private static String notice(Browser browser) {
        return browser.until(d -> {
            String text = (String) browser.js("return document.querySelector('.share-panel > .share-notice').textContent");
            return text == null || text.isEmpty() ? null : text;
        });
    }
}
