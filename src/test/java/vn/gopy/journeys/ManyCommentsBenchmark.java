package vn.gopy.journeys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentOrder;
import vn.gopy.comments.CommentQuery;
import vn.gopy.comments.CommentService;
import vn.gopy.drafts.DraftFixtures;

/**
 * Whether a draft with 10,000 published comments opens as fast as one with ten: in real headless Chromium on a
 * 360 px phone, the time until the first comment of the comments section is on the page, and on the server the
 * counts per article and the first page of comments. The comments are written straight into the table (the
 * display is measured here, not the submission). Prints figures; asserts nothing:
 * {@code ./mvnw test -DexcludedGroups=none -Dtest=ManyCommentsBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ManyCommentsBenchmark {

    static final int RUNS = 7;

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired DraftFixtures fixtures;
    @Autowired CommentService comments;
    @Autowired JdbcClient jdbc;

    @Test
    void tenCommentsAndTenThousand() throws Exception {
        database.clear();
        long agency = fixtures.agency("BTP");
        long few = fixtures.openDraft(agency, "FEW-1", 60);
        long many = fixtures.openDraft(agency, "MANY-1", 60);
        TestStaff.anonymous();
        insertPublished(few, 10);
        insertPublished(many, 10_000);
        jdbc.sql("ANALYZE comment").update();

        for (long draft : new long[] {few, many}) {
            long count = comments.publishedCountsByArticle(draft).values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("%n%,d published comments: server %s; phone: %s%n", count, serverTimes(draft),
                    browserTimes(draft));
        }
    }

    private void insertPublished(long draft, int count) {
        jdbc.sql("""
                INSERT INTO comment (tracking_number, draft_id, draft_version, article_label, text, email, author_name,
                    publish_name, commenter_kind, province_code, language, state, submitted_at, consented_at,
                    confirmation_token_hash, confirmation_expires_at, confirmed_at, decided_at, duplicate_key)
                SELECT 'B' || :draft || '-' || n, :draft, 1, CASE WHEN n % 4 = 0 THEN NULL ELSE (n % 3 + 1)::text END,
                    'Ý kiến số ' || n || '. Đề nghị Ban soạn thảo làm rõ khái niệm này để tránh cách hiểu khác nhau.',
                    'nguoi' || n || '@example.vn', 'Người góp ý ' || n, n % 2 = 0,
                    CASE WHEN n % 10 = 0 THEN 'BUSINESS' ELSE 'INDIVIDUAL' END, 'ha-noi', 'vi', 'PUBLISHED',
                    now() - n * interval '1 minute', now() - n * interval '1 minute', md5('t' || :draft || '-' || n),
                    now(), now(), now() - n * interval '30 second', md5('d' || :draft || '-' || n)
                FROM generate_series(1, :count) AS n""").param("draft", draft).param("count", count).update();
    }

    private String serverTimes(long draft) {
        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < 50; run++) {
            long start = System.nanoTime();
            comments.publishedCountsByArticle(draft);
            comments.published(new CommentQuery(draft, null, null, CommentOrder.NEWEST, 0, 20));
            comments.published(new CommentQuery(draft, "2", null, CommentOrder.OLDEST, 3, 20));
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        return String.format("counts + two pages of 20 in %.1f ms (median of 50), p95 %.1f ms",
                micros.get(25) / 1000.0, micros.get(47) / 1000.0);
    }

    private String browserTimes(long draft) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < RUNS + 1; run++) {
            try (Browser browser = new Browser("http://localhost:" + port + "/", 360, 780)) {
                browser.driver().get("http://localhost:" + port + "/drafts/" + draft);
                browser.find(By.cssSelector("#comments .published-comment"));
                long ms = ((Number) browser.js("return Math.round(performance.now())")).longValue();
                if (run > 0) { // the first run warms the server up
                    times.add(ms);
                }
            }
        }
        Collections.sort(times);
        return String.format("first comment on the page after %d ms (median of %d cold loads; min %d, max %d)",
                times.get(times.size() / 2), RUNS, times.getFirst(), times.getLast());
    }
}
