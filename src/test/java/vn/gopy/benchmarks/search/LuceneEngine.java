package vn.gopy.benchmarks.search;

import java.util.List;
import java.util.Locale;

import vn.gopy.search.SearchHit;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchService;

/** The real search service: Lucene query, facets, highlighting and the page's draft cards. */
record LuceneEngine(SearchService service) implements SearchEngine {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Override
    public String name() {
        return "Lucene (SearchService)";
    }

    @Override
    public List<String> search(SearchQuery query) {
        return service.search(query, VIETNAMESE).hits().stream().map(SearchHit::draft).map(d -> d.referenceNumber()).toList();
    }
}
