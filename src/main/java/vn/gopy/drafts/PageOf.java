package vn.gopy.drafts;

import java.util.List;

/** One page of results, numbered from 0, with the total to draw a pager. */
public record PageOf<T>(List<T> items, int page, int pageSize, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
