package vn.gopy.search.ui;

import java.util.function.IntFunction;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchResults;

/** Previous and next as real links to the search's pages, with "page X of Y"; hidden for a single page. */
class SearchPager extends Nav {

    SearchPager() {
        addClassNames("pager", "search-pager");
        getElement().setAttribute("aria-label", getTranslation("search.pager.label"));
    }

    void show(SearchResults results) {
        SearchQuery query = results.query();
        show(query.page(), results.pageCount(), page -> SearchLinks.search(query.withPage(page)));
    }

    /** Page {@code asked} of {@code pages}, each page's address made by {@code address}. */
    void show(int asked, int pages, IntFunction<String> address) {
        removeAll();
        int current = Math.min(asked, Math.max(pages, 1));
        setVisible(pages > 1);
        add(link(current > 1, address.apply(current - 1), "search.pager.previous", "prev"));
        Span position = new Span(getTranslation("search.pager.position", current, pages));
        position.addClassName("pager-position");
        position.getElement().setAttribute("aria-current", "page");
        add(position);
        add(link(current < pages, address.apply(current + 1), "search.pager.next", "next"));
    }

    private Span link(boolean available, String target, String textKey, String rel) {
        Span holder = new Span();
        holder.addClassName("pager-" + rel);
        if (available) {
            Anchor anchor = new Anchor(target, getTranslation(textKey));
            anchor.getElement().setAttribute("rel", rel);
            holder.add(anchor);
        }
        return holder;
    }
}
