package vn.gopy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.gopy.drafts.BusinessSize;

/** A search and a profile are their addresses: what goes in comes back out, and nonsense is made harmless. */
class SearchQueryTest {

    @Test
    void aSearchSurvivesTheRoundTripThroughItsAddress() {
        Map<String, List<String>> address = Map.of("q", List.of("luật đất đai"), "sector", List.of("L", "F"),
                "year", List.of("2026"), "sort", List.of("closing"), "page", List.of("3"));

        SearchQuery query = SearchQuery.fromParameters(address);

        assertThat(query.text()).isEqualTo("luật đất đai");
        assertThat(query.selected(Facet.SECTOR)).containsExactlyInAnyOrder("L", "F");
        assertThat(query.sort()).isEqualTo(SearchSort.CLOSING_SOONEST);
        assertThat(query.page()).isEqualTo(3);
        assertThat(query.toParameters()).containsExactly(Map.entry("q", List.of("luật đất đai")),
                Map.entry("sector", List.of("F", "L")), Map.entry("year", List.of("2026")),
                Map.entry("sort", List.of("closing")), Map.entry("page", List.of("3")));
        assertThat(SearchQuery.fromParameters(query.toParameters())).isEqualTo(query);
    }

    @Test
    void defaultsAreLeftOutOfTheAddress() {
        assertThat(SearchQuery.of("").toParameters()).isEmpty();
    }

    @Test
    void nonsenseInTheAddressBecomesDefaults() {
        SearchQuery query = SearchQuery.fromParameters(Map.of("page", List.of("-7"), "sort", List.of("<x>"),
                "type", List.of(" ", ""), "q", List.of("\u0000đất\u202E\tđai  ")));

        assertThat(query.page()).isEqualTo(1);
        assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(query.filters()).isEmpty();
        assertThat(query.text()).isEqualTo("đất đai");
        assertThat(SearchQuery.fromParameters(Map.of("page", List.of("99999"))).page()).isEqualTo(SearchQuery.MAX_PAGE);
    }

    @Test
    void overLongTextIsCutAndSaysSo() {
        SearchQuery query = SearchQuery.of("🏠".repeat(10_000));

        assertThat(query.textWasCut()).isTrue();
        assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_TEXT_LENGTH);
        assertThat(SearchQuery.of("ngắn").textWasCut()).isFalse();
    }

    @Test
    void togglingAFilterAddsOrRemovesItAndGoesBackToTheFirstPage() {
        SearchQuery query = SearchQuery.of("dat").withPage(4).toggle(Facet.STATUS, "OPEN");

        assertThat(query.selected(Facet.STATUS)).containsExactly("OPEN");
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.toggle(Facet.STATUS, "OPEN").filters()).isEmpty();
    }

    @Test
    void aProfileSurvivesTheRoundTripThroughItsAddress() {
        ImpactProfile profile = ImpactProfile.fromParameters(Map.of("sector", List.of("F"), "size", List.of("SMALL"),
                "province", List.of("ha-noi"), "group", List.of("HOME_BUYERS")));

        assertThat(profile.size()).isEqualTo(BusinessSize.SMALL);
        assertThat(ImpactProfile.fromParameters(profile.toParameters())).isEqualTo(profile);
        assertThat(ImpactProfile.fromParameters(Map.of("size", List.of("HUGE"))).isEmpty()).isTrue();
    }
}
