package vn.gopy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.drafts.BusinessSize;

/**
 * Search as readers use it, on the real Lucene index: Vietnamese with and without diacritics, phrases,
 * typos, English stemming, facets, highlights, the best article, suggestions and hostile input.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceTest {

    private static final Locale VI = Locale.of("vi");

    @Autowired SearchService search;
    @Autowired SearchFixtures fixtures;

    long landLaw;
    long placementDecree;
    long housingLaw;
    long scatteredWords;
    long fintech;
    long scriptTitle;
    long financeAgency;

    @BeforeAll
    void corpus() {
        long construction = fixtures.reset();
        financeAgency = fixtures.agency("BTC", "Bộ Tài chính", "Ministry of Finance");
        landLaw = fixtures.draft(construction, "Luật Đất đai (sửa đổi)")
                .summary("Sửa đổi quy định về thu hồi đất, bồi thường và giá đất.").sectors("L").provinces()
                .article("1", "Phạm vi điều chỉnh", "Luật này quy định chế độ sở hữu đất đai.")
                .article("2", "Giá đất", "Giá đất do Nhà nước quy định theo bảng giá đất.").publish();
        placementDecree = fixtures.draft(construction, "Nghị định về đặt tên đường phố")
                .summary("Quy định việc đặt tên đường và công trình công cộng.").type("DECREE").publish();
        housingLaw = fixtures.draft(construction, "Luật Nhà ở (sửa đổi)")
                .summary("Phát triển nhà ở cho người thu nhập thấp.").sectors("F", "L").sizes(BusinessSize.SMALL)
                .groups("HOME_BUYERS").provinces("ha-noi")
                .article("1", "Phạm vi điều chỉnh", "Luật này quy định về sở hữu, phát triển nhà ở.")
                .article("76", "Nhà ở xã hội", "Nhà nước khuyến khích doanh nghiệp đầu tư xây dựng nhà ở xã hội.")
                .publish();
        scatteredWords = fixtures.draft(construction, "Nghị định về hội nghị")
                .summary("Nhà văn hoá ở xã được dùng cho hội nghị.").type("DECREE").publish();
        fintech = fixtures.draft(financeAgency, "Decree on the regulatory sandbox for fintech").english()
                .summary("Regulations for testing financial technology solutions under supervision.").sectors("K")
                .type("DECREE").window(10, 40)
                .article("1", "Scope", "This Decree regulates the controlled testing of fintech solutions.")
                .publish();
        scriptTitle = fixtures.draft(financeAgency, "Thông tư <script>alert(1)</script> về hoá đơn")
                .summary("Hoá đơn điện tử <b>đậm</b>.").type("CIRCULAR").publish();
    }

    @Test
    void wordsWithoutDiacriticsFindTheVietnameseTitle() {
        SearchResults results = search("luat dat dai");

        assertThat(ids(results)).first().isEqualTo(landLaw);
        assertThat(Marks.words(results.hits().getFirst().titleHtml())).containsExactly("Luật", "Đất", "đai");
    }

    @Test
    void dFoldsToD() {
        assertThat(ids(search("DAT DAI"))).contains(landLaw);
        assertThat(ids(search("đất đai"))).contains(landLaw);
    }

    @Test
    void anExactMatchWithDiacriticsRanksAboveAFoldedOne() {
        // "đất" (land) and "đặt" (to name) both fold to "dat"
        assertThat(ids(search("đặt"))).startsWith(placementDecree).contains(landLaw);
        assertThat(ids(search("đất"))).startsWith(landLaw).contains(placementDecree);
    }

    @Test
    void wordsNextToEachOtherRankAboveScatteredOnes() {
        assertThat(ids(search("nha o xa hoi"))).startsWith(housingLaw).contains(scatteredWords);
    }

    @Test
    void aQuotedPhraseMatchesOnlyTheWordsInThatOrder() {
        assertThat(ids(search("\"nhà ở xã hội\""))).containsExactly(housingLaw);
        assertThat(ids(search("\"nha o xa hoi\""))).containsExactly(housingLaw);
    }

    @Test
    void longerWordsTolerateATypo() {
        assertThat(ids(search("regulatroy sandbox"))).containsExactly(fintech);
        assertThat(ids(search("fintehc"))).containsExactly(fintech);
    }

    @Test
    void englishWordsAreStemmed() {
        assertThat(ids(search("regulating solution"))).containsExactly(fintech);
    }

    @Test
    void aHitInAnArticleLinksToThatArticleWithTheMatchMarked() {
        SearchHit hit = search("khuyen khich doanh nghiep").hits().getFirst();

        assertThat(hit.draft().id()).isEqualTo(housingLaw);
        assertThat(hit.article().label()).isEqualTo("76");
        assertThat(hit.article().titleHtml()).isEqualTo("Nhà ở xã hội");
        assertThat(Marks.words(hit.article().snippetHtml())).containsExactly("khuyến", "khích", "doanh", "nghiệp");
    }

    @Test
    void snippetsShowTheSummaryWhereItMatched() {
        SearchHit hit = search("thu nhap thap").hits().getFirst();

        assertThat(hit.draft().id()).isEqualTo(housingLaw);
        assertThat(Marks.words(hit.snippetHtml())).containsExactly("thu", "nhập", "thấp");
    }

    @Test
    void textFromDraftsIsEscapedAndOnlyMarksAreMarkup() {
        SearchHit hit = search("hoa don").hits().getFirst();

        assertThat(hit.draft().id()).isEqualTo(scriptTitle);
        assertThat(hit.titleHtml()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(hit.snippetHtml()).contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void theAgencyNameFindsItsDrafts() {
        assertThat(ids(search("bo tai chinh"))).containsExactlyInAnyOrder(fintech, scriptTitle);
    }

    @Test
    void facetsCountTheResultsAndAFacetKeepsItsOtherValuesWhenOneIsSelected() {
        SearchResults all = search.search(SearchQuery.of(""), VI);
        assertThat(all.total()).isEqualTo(6);
        assertThat(count(all, Facet.DOCUMENT_TYPE, "DECREE")).isEqualTo(3);
        assertThat(count(all, Facet.SECTOR, "L")).isEqualTo(2);
        assertThat(count(all, Facet.STATUS, "OPEN")).isEqualTo(5);
        assertThat(count(all, Facet.STATUS, "SCHEDULED")).isEqualTo(1);
        assertThat(all.facet(Facet.AGENCY)).extracting(FacetCount::label).contains("Bộ Tài chính", "Bộ Xây dựng");

        SearchResults decrees = search.search(SearchQuery.of("").toggle(Facet.DOCUMENT_TYPE, "DECREE"), VI);
        assertThat(decrees.total()).isEqualTo(3);
        assertThat(count(decrees, Facet.DOCUMENT_TYPE, "LAW")).isEqualTo(2);
        assertThat(decrees.facet(Facet.DOCUMENT_TYPE)).filteredOn(FacetCount::selected).extracting(FacetCount::value)
                .containsExactly("DECREE");
        assertThat(count(decrees, Facet.AGENCY, String.valueOf(financeAgency))).isEqualTo(1);

        SearchResults english = search.search(SearchQuery.of("").toggle(Facet.SECTOR, "K"), Locale.ENGLISH);
        assertThat(ids(english)).containsExactly(fintech);
        assertThat(english.facet(Facet.SECTOR)).extracting(FacetCount::label).contains("Financial and insurance activities");
    }

    @Test
    void filtersCombineWithWordsAndUnknownValuesMatchNothing() {
        assertThat(ids(search.search(SearchQuery.of("luat").toggle(Facet.SECTOR, "F"), VI))).containsExactly(housingLaw);
        assertThat(search.search(SearchQuery.of("").toggle(Facet.YEAR, "not-a-year"), VI).total()).isZero();
        assertThat(search.search(SearchQuery.of("").toggle(Facet.PROVINCE, "atlantis"), VI).total()).isZero();
    }

    @Test
    void sortsByNewestAndByClosingSoonest() {
        SearchResults closing = search.search(SearchQuery.of("").withSort(SearchSort.CLOSING_SOONEST), VI);
        assertThat(ids(closing)).last().isEqualTo(fintech); // upcoming, after the open ones

        SearchResults newest = search.search(SearchQuery.of("").withSort(SearchSort.NEWEST), VI);
        assertThat(ids(newest)).first().isEqualTo(scriptTitle); // published last
    }

    @Test
    void pagesHoldTheRequestedNumberOfHits() {
        SearchQuery firstPage = SearchQuery.of("").withPageSize(4);
        SearchResults one = search.search(firstPage, VI);
        SearchResults two = search.search(firstPage.withPage(2), VI);

        assertThat(one.hits()).hasSize(4);
        assertThat(two.hits()).hasSize(2);
        assertThat(one.pageCount()).isEqualTo(2);
        assertThat(ids(one)).doesNotContainAnyElementsOf(ids(two));
    }

    @Test
    void suggestionsCompleteArticleAndDraftTitlesWithoutDiacritics() {
        List<Suggestion> suggestions = search.suggest("nha o xa h", 8);

        assertThat(suggestions).first().satisfies(s -> {
            assertThat(s.isArticle()).isTrue();
            assertThat(s.draftId()).isEqualTo(housingLaw);
            assertThat(s.articleLabel()).isEqualTo("76");
            assertThat(s.draftTitle()).isEqualTo("Luật Nhà ở (sửa đổi)");
            assertThat(s.titleHtml()).isEqualTo("<mark>Nhà</mark> <mark>ở</mark> <mark>xã</mark> <mark>h</mark>ội");
            assertThat(Marks.words(s.titleHtml())).containsExactly("Nhà", "ở", "xã", "h");
        });
        assertThat(search.suggest("luat nha", 8)).extracting(Suggestion::draftId).first().isEqualTo(housingLaw);
        assertThat(search.suggest("x", 8)).isEmpty();
    }

    @Test
    void hostileInputNeverFailsAndOverLongInputIsCut() {
        List<String> inputs = List.of("", "   ", "\"", "\"\"\"", "((((", "luật)]}", "a AND OR NOT b", "*", "?~^:!",
                "title:x", "\\", "/", "đất\"đai", "🏠 nhà 🏠", "🏠", "\u202Eđất\u0000", "-", "+luat -dat",
                "e-commerce platform", "x-y-z-w", "x".repeat(10_000), "đất ".repeat(2_500), "<script>alert(1)</script>", "%00%27", "' OR 1=1 --");
        for (String input : inputs) {
            SearchResults results = search.search(SearchQuery.of(input), VI);
            assertThat(results.query().text().length()).isLessThanOrEqualTo(SearchQuery.MAX_TEXT_LENGTH);
            assertThat(results.tookMillis()).isLessThan(2_000);
            assertThat(search.suggest(input, 8)).isNotNull();
        }
        assertThat(search.search(SearchQuery.of("x".repeat(10_000)), VI).query().textWasCut()).isTrue();
        assertThat(ids(search("🏠 nhà ở 🏠"))).contains(housingLaw);
        assertThat(search.search(SearchQuery.of("🏠"), VI).total()).isEqualTo(6);
    }

    private SearchResults search(String text) {
        return search.search(SearchQuery.of(text), VI);
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(h -> h.draft().id()).toList();
    }

    private static long count(SearchResults results, Facet facet, String value) {
        return results.facet(facet).stream().filter(c -> c.value().equals(value)).mapToLong(FacetCount::count)
                .findFirst().orElse(0);
    }


}
