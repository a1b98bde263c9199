package vn.gopy.outreach.feeds;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.drafts.DraftScope;
import vn.gopy.shell.TranslationProvider;
import vn.gopy.taxonomies.Taxonomies;

/**
 * The feeds that exist: all open consultations, and one per agency, sector (VSIC section) and province,
 * each named by its code in the address. An unknown code is no feed at all.
 */
@Component
class FeedCatalog {

    private final AgencyService agencies;
    private final Taxonomies taxonomies;
    private final TranslationProvider text;

    FeedCatalog(AgencyService agencies, Taxonomies taxonomies, TranslationProvider text) {
        this.agencies = agencies;
        this.taxonomies = taxonomies;
        this.text = text;
    }

    Feed all() {
        return new Feed(DraftScope.all(), title("all"), "/feed.atom", "/consultations?status=open");
    }

    Optional<Feed> agency(String code) {
        return agencyByCode(code).map(a -> new Feed(DraftScope.agency(a.id()), title("agency", a.nameVi()),
                "/feeds/agencies/" + encode(a.code()) + ".atom", "/consultations?agency=" + a.id() + "&status=open"));
    }

    Optional<Feed> sector(String code) {
        return taxonomies.sectors().find(code).map(t -> new Feed(DraftScope.sector(t.code()),
                title("sector", t.nameVi()), "/feeds/sectors/" + encode(t.code()) + ".atom",
                "/search?status=OPEN&sector=" + encode(t.code())));
    }

    Optional<Feed> province(String code) {
        return taxonomies.provinces().find(code).map(t -> new Feed(DraftScope.province(t.code()),
                title("province", t.nameVi()), "/feeds/provinces/" + encode(t.code()) + ".atom",
                "/search?status=OPEN&province=" + encode(t.code())));
    }

    /** The agency's feed address, for the autodiscovery link of its drafts' pages. */
    static String agencyPath(AgencySummary agency) {
        return "/feeds/agencies/" + encode(agency.code()) + ".atom";
    }

    /** Agencies are few (tens): looking one up by code among all of them is cheap. */
    private Optional<AgencySummary> agencyByCode(String code) {
        return agencies.all().stream().filter(a -> a.code().equalsIgnoreCase(code)).findFirst();
    }

    private String title(String kind, Object... names) {
        return text.getTranslation("outreach.feeds.title." + kind, TranslationProvider.VIETNAMESE, names);
    }

    private static String encode(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
