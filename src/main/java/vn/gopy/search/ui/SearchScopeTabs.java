package vn.gopy.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import vn.gopy.search.CommentSearch;
import vn.gopy.search.SearchQuery;

/**
 * "Drafts" and "Comments" above the results: real links that keep the words, so that the choice is part of
 * the address ({@code &in=comments}) and works with the keyboard, back and forward, and a shared link.
 */
class SearchScopeTabs extends Nav {

    private final Anchor drafts = new Anchor();
    private final Anchor comments = new Anchor();

    SearchScopeTabs() {
        addClassName("search-scopes");
        getElement().setAttribute("aria-label", getTranslation("search.scope.label"));
        drafts.setText(getTranslation("search.scope.drafts"));
        drafts.addClassNames("search-scope", "search-scope-drafts");
        comments.setText(getTranslation("search.scope.comments"));
        comments.addClassNames("search-scope", "search-scope-comments");
        add(drafts, comments);
    }

    /** Both links for these words; {@code inComments} marks which one is shown now. */
    void show(String words, boolean inComments) {
        drafts.setHref(SearchLinks.search(SearchQuery.of(words)));
        comments.setHref(SearchLinks.search(CommentSearch.of(words)));
        mark(drafts, !inComments);
        mark(comments, inComments);
    }

    private static void mark(Anchor tab, boolean current) {
        if (current) {
            tab.getElement().setAttribute("aria-current", "page");
        } else {
            tab.getElement().removeAttribute("aria-current");
        }
        tab.setClassName("selected", current);
    }
}
