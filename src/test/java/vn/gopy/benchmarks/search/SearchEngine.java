package vn.gopy.benchmarks.search;

import java.util.List;

import vn.gopy.search.SearchQuery;

/**
 * One way of answering a search the way the search page needs it: the total, the facet counts, one page of
 * hits with their cards and highlighted snippets. Returns the reference numbers of the page, best first,
 * which is all that relevance needs; the rest is computed and thrown away, so that it is timed.
 */
interface SearchEngine {

    String name();

    List<String> search(SearchQuery query) throws Exception;
}
