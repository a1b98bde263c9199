package vn.gopy.outreach.feeds;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.common.PublicAddress;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftFilter;
import vn.gopy.drafts.PageOf;

/**
 * {@code /sitemap.xml}: the home, consultations and search pages and every public draft's page, with the
 * draft's last change as lastmod. Drafts are read a page at a time and written as they come, so memory stays
 * bounded however many there are. One sitemap holds at most 50,000 addresses; a portal with more drafts would
 * need a sitemap index, which is left out until one comes near: past the limit the newest are kept and a
 * warning is logged. {@code /robots.txt} names this sitemap and keeps crawlers out of staff pages.
 */
@RestController
class SitemapController {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final int MAX_URLS = 50_000;
    private static final String[] PAGES = {"/", "/consultations", "/search"};
    private static final Logger log = LoggerFactory.getLogger(SitemapController.class);

    private final DraftCatalog catalog;
    private final PublicAddress address;

    SitemapController(DraftCatalog catalog, PublicAddress address) {
        this.catalog = catalog;
        this.address = address;
    }

    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (Xml xml = new Xml(response.getOutputStream())) {
            xml.root("urlset", NAMESPACE);
            for (String page : PAGES) {
                xml.start("url").element("loc", address.link(page)).end();
            }
            int written = PAGES.length;
            int number = 0;
            PageOf<DraftCard> page;
            do {
                page = catalog.browse(DraftFilter.any(), number++, DraftCatalog.MAX_PAGE_SIZE);
                for (DraftCard card : page.items()) {
                    if (written++ >= MAX_URLS) {
                        log.warn("The sitemap holds {} addresses; older drafts are left out (a sitemap index is needed)",
                                MAX_URLS);
                        xml.end();
                        return;
                    }
                    xml.start("url").element("loc", address.link("/drafts/" + card.id()));
                    if (card.updatedAt() != null) {
                        xml.element("lastmod", Xml.time(card.updatedAt()));
                    }
                    xml.end();
                }
                xml.flush();
            } while (page.hasNext());
            xml.end();
        }
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return """
                User-agent: *
                Allow: /
                Disallow: /admin/
                Disallow: /staff/
                Disallow: /moderation
                Disallow: /feedback
                Disallow: /login
                Disallow: /track
                Disallow: /comments/confirm/
                Disallow: /unsubscribe/
                Disallow: /drafts/*/comment

                Sitemap: %s
                """.formatted(address.link("/sitemap.xml"));
    }
}
