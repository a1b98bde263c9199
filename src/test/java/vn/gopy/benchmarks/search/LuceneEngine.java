package vn.gopy.benchmarks.search;

import java.util.List;

import vn.gopy.search.SearchHit;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchService;

/** The real search service: Lucene query, facets, highlighting and the page's draft cards. */
record LuceneEngine(SearchService service) implements SearchEngine {

    @Override
    public String name() {
        return "Lucene (SearchService)";
    }

    @Override
    public List<String> search(SearchQuery query) {
        return service.search(query).hits().stream().map(SearchHit::draft).map(d -> d.referenceNumber()).toList();
    }
}
