package vn.gopy.journeys;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextRecognition;

/**
 * How long a reader waits for a 260-article law (Luật Đất đai 2024) opened at one article, in real headless
 * Chromium on a 360 px phone and on a desktop, and how many bytes travel. Prints figures; asserts nothing.
 * Run it in production mode, as readers get it, after a build has made the production bundle:
 * {@code ./mvnw package -DskipTests && ./mvnw test -DexcludedGroups=none -Dtest=DraftPageBenchmark -Dvaadin.productionMode=true}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DraftPageBenchmark {

    static final int RUNS = 7;

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures fixtures;
    @Autowired DraftService drafts;
    @Autowired TextRecognition recognition;

    @Test
    void openingTheLandLawAtArticle200() throws Exception {
        database.clear();
        long agency = fixtures.agency("BNNMT");
        long id = fixtures.openDraft(agency, "BENCH-1", 40);
        String law = new String(new ClassPathResource("demo/legal-texts/vi-luat-dat-dai-2024.txt")
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        TestStaff.drafterOf(agency);
        long started = System.nanoTime();
        RecognisedText text = recognition.fromPastedText(law);
        long recognised = System.nanoTime();
        drafts.startRevision(id);
        drafts.saveText(id, text.blocks());
        long saved = System.nanoTime();
        drafts.publishRevision(id, "Toàn văn");
        System.out.printf("%nRecognising %d articles: %d ms; saving them: %d ms%n", text.articleCount(),
                (recognised - started) / 1_000_000, (saved - recognised) / 1_000_000);

        measure("phone 360x780", 360, 780, "drafts/" + id + "/articles/200");
        measure("desktop 1280x900", 1280, 900, "drafts/" + id + "/articles/200");
    }

    private void measure(String device, int width, int height, String path) throws Exception {
        List<Long> times = new ArrayList<>();
        long bytes = 0;
        for (int run = 0; run < RUNS + 1; run++) {
            try (Browser browser = new Browser("http://localhost:" + port + "/", width, height)) {
                browser.driver().get("http://localhost:" + port + "/" + path);
                browser.find(By.id("article-200"));
                browser.until(d -> (Boolean) browser.js("const r = document.getElementById('article-200')"
                        + ".getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;"));
                long ms = ((Number) browser.js("return Math.round(performance.now())")).longValue();
                if (run > 0) { // the first run warms the server up
                    times.add(ms);
                    bytes = ((Number) browser.js("return performance.getEntriesByType('navigation')"
                            + ".concat(performance.getEntriesByType('resource'))"
                            + ".reduce((s, e) => s + (e.transferSize || 0), 0)")).longValue();
                }
            }
        }
        Collections.sort(times);
        System.out.printf("%s: article 200 on screen after %d ms (median of %d cold loads; min %d, max %d); %d kB "
                + "transferred%n", device, times.get(times.size() / 2), RUNS, times.getFirst(), times.getLast(),
                bytes / 1024);
    }
}
