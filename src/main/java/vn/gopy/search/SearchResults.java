package vn.gopy.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results for {@code query} (as run: its words may have been cut, see
 * {@link SearchQuery#textWasCut()}), the facet counts for the whole result, and the time the index took.
 * Facet counts for a facet with a selection ignore that facet's own selection, so other values can be
 * added to it.
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets,
        long tookMillis) {

    public int pageCount() {
        long pages = (total + query.pageSize() - 1) / query.pageSize();
        return (int) Math.min(pages, SearchQuery.MAX_PAGE);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    public List<FacetCount> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }
}
