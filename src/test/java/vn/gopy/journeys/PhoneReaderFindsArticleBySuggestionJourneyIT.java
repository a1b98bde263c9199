package vn.gopy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.search.ui.SearchUiFixtures;

/**
 * Search as most readers meet it: on a 360 px phone, typing without diacritics, and taking a suggestion
 * straight to the article instead of reading a list of results.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneReaderFindsArticleBySuggestionJourneyIT {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired SearchUiFixtures fixtures;

    long housingLaw;

    @BeforeEach
    void theHousingLawIsOpenForComment() {
        database.clear();
        housingLaw = fixtures.housingLaw(fixtures.agency("BXD"));
        TestStaff.anonymous();
    }

    @Test
    void aReaderTypesWithoutDiacriticsTapsTheArticleSuggestedAndReadsIt() throws Exception {
        try (Browser reader = new Browser("http://localhost:" + port + "/", 360, 780)) {
            reader.open("search");
            WebElement input = reader.find(By.cssSelector(".search-field input"));
            input.sendKeys("nha o xa hoi");

            WebElement suggestion = reader.until(d -> {
                List<WebElement> articles = d.findElements(By.cssSelector("#search-suggestions .suggestion-article"));
                return articles.stream().filter(WebElement::isDisplayed)
                        .filter(a -> a.getText().contains("Nhà ở xã hội")).findFirst().orElse(null);
            });
            assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat((Boolean) reader.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing sticks out sideways on a 360 px phone").isTrue();
            reader.screenshot(Path.of("target/screenshots/search-suggestions-phone.png"));

            reader.click(suggestion);

            String article = "drafts/" + housingLaw + "/articles/" + SearchUiFixtures.SOCIAL_HOUSING_ARTICLE;
            reader.until(d -> reader.currentPath().equals(article));
            WebElement text = reader.find(By.id("article-" + SearchUiFixtures.SOCIAL_HOUSING_ARTICLE));
            assertThat(text.getText()).contains("Nhà ở xã hội", "người thu nhập thấp");
            reader.until(d -> (Boolean) reader.js("const r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.top < window.innerHeight;", text));
            reader.screenshot(Path.of("target/screenshots/search-article-phone.png"));
        }
    }

    @Test
    void theResultsTheFiltersAndWhatAffectsMeFitOnAPhone() throws Exception {
        try (Browser reader = new Browser("http://localhost:" + port + "/", 360, 780)) {
            reader.open("search?q=nha%20o%20xa%20hoi&sort=bogus&page=-3");
            reader.until(d -> !reader.currentPath().contains("sort") && !reader.currentPath().contains("page"));
            assertThat(reader.currentPath()).as("what the address got wrong is dropped").startsWith("search?q=nha");
            reader.screenshot(Path.of("target/screenshots/search-results-top-phone.png"));
            assertThat(reader.find(By.cssSelector(".article-hit-link")).getText()).isEqualTo("Điều 5. Nhà ở xã hội");
            assertThat(reader.find(By.cssSelector(".search-facets")).isDisplayed()).as("folded on a phone").isFalse();
            reader.click(reader.find(By.cssSelector(".filters-toggle")));
            assertThat(reader.find(By.cssSelector(".search-facets")).isDisplayed()).isTrue();
            assertFits(reader);
            reader.screenshot(Path.of("target/screenshots/search-results-phone.png"));

            reader.open("affects-me?sector=F&size=SMALL");
            assertThat(reader.find(By.cssSelector(".affect-reasons")).getText()).contains("Xây dựng");
            assertFits(reader);
            reader.screenshot(Path.of("target/screenshots/affects-me-phone.png"));
        }
    }

    @Test
    void onAComputerTheArrowKeysChooseASuggestionAndEscapeOnlyClosesTheList() throws Exception {
        try (Browser reader = new Browser("http://localhost:" + port + "/", 1280, 900)) {
            reader.open("search");
            WebElement input = reader.find(By.cssSelector(".search-field input"));
            input.sendKeys("nha o xa");
            WebElement list = reader.find(By.id("search-suggestions"));
            reader.until(d -> list.isDisplayed());

            input.sendKeys(Keys.ESCAPE);
            reader.until(d -> !list.isDisplayed());
            assertThat(input.getAttribute("value")).as("Escape closes the list, the words stay").isEqualTo("nha o xa");

            int article = articleIndex(reader);
            for (int i = 0; i <= article; i++) {
                input.sendKeys(Keys.ARROW_DOWN);
                reader.waitForVaadin();
            }
            reader.until(d -> ("search-suggestions-" + article).equals(input.getAttribute("aria-activedescendant")));
            reader.screenshot(Path.of("target/screenshots/search-suggestions-keyboard.png"));
            input.sendKeys(Keys.ENTER);

            reader.until(d -> reader.currentPath().equals(
                    "drafts/" + housingLaw + "/articles/" + SearchUiFixtures.SOCIAL_HOUSING_ARTICLE));
        }
    }

    /** Where the article is among the suggestions, which the arrow keys reopen. */
    private static int articleIndex(Browser reader) {
        List<WebElement> all = reader.driver().findElements(By.cssSelector("#search-suggestions .suggestion"));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getAttribute("class").contains("suggestion-article")) {
                return i;
            }
        }
        throw new AssertionError("No article among the suggestions");
    }

    private static void assertFits(Browser reader) {
        assertThat((Boolean) reader.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing sticks out sideways on a 360 px phone").isTrue();
    }
}
