package vn.gopy.search;

import java.util.List;

/**
 * One page of comments found for {@code query}, and how many of the whole result each commenter kind wrote
 * (ignoring the kinds selected, so that others can be added). {@code staffView} says that the result holds
 * comments not published and the original texts, as moderators and administrators see them.
 */
public record CommentResults(CommentSearch query, long total, List<CommentHit> hits, List<FacetCount> kinds,
        boolean staffView) {

    public int pageCount() {
        long pages = (total + query.pageSize() - 1) / query.pageSize();
        return (int) Math.min(pages, SearchQuery.MAX_PAGE);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
