package vn.gopy.search.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gopy.comments.CommenterKind;
import vn.gopy.search.CommentResults;
import vn.gopy.search.CommentSearch;
import vn.gopy.search.FacetCount;
import vn.gopy.search.SearchService;

/**
 * The comments side of the search page: who commented (a filter with counts), the comments found, pages.
 * Like the drafts side, every change is a new address, handed to {@code go}.
 */
class CommentResultsPanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(CommentResultsPanel.class);

    private final SearchService search;
    private final Consumer<CommentSearch> go;
    private final Aside kinds = new Aside();
    private final Paragraph count = new Paragraph();
    private final Paragraph staffNote = new Paragraph();
    private final Div results = new Div();
    private final SearchPager pager = new SearchPager();

    CommentResultsPanel(SearchService search, Consumer<CommentSearch> go) {
        this.search = search;
        this.go = go;
        addClassNames("search-layout", "comment-search");
        kinds.addClassNames("search-facets", "comment-kinds");
        kinds.getElement().setAttribute("aria-label", getTranslation("search.comments.kinds"));
        count.addClassName("result-count");
        count.getElement().setAttribute("role", "status");
        staffNote.addClassNames("notice", "comment-staff-note");
        results.addClassNames("card-list", "comment-results-list");
        Div main = new Div(count, staffNote, results, pager);
        main.addClassName("search-results");
        add(kinds, main);
    }

    void show(CommentSearch query) {
        CommentResults found = run(query);
        results.removeAll();
        kinds.removeAll();
        staffNote.setVisible(found != null && found.staffView());
        if (found == null) {
            count.setText("");
            pager.setVisible(false);
            results.add(message("search.failed", "search-failed"));
            return;
        }
        staffNote.setText(getTranslation("search.comments.staff-note"));
        showKinds(found);
        pager.show(query.page(), found.pageCount(), page -> SearchLinks.search(query.withPage(page)));
        count.setText(found.isEmpty() ? "" : getTranslation(query.hasText() ? "search.comments.count"
                : "search.comments.browse-count", found.total()));
        if (found.isEmpty()) {
            results.add(query.hasText() ? message("search.comments.empty", "empty-state", query.text())
                    : message("search.comments.none", "empty-state"));
        }
        found.hits().forEach(hit -> results.add(CommentHitCard.of(this, getLocale(), hit, found.staffView())));
    }

    /** The index can fail on its own; the reader then sees a message, never an error page. */
    private CommentResults run(CommentSearch query) {
        try {
            return search.searchComments(query, getLocale());
        } catch (RuntimeException e) {
            log.warn("Comment search failed for {}", query, e);
            return null;
        }
    }

    private void showKinds(CommentResults found) {
        if (found.kinds().isEmpty()) {
            return;
        }
        H2 heading = new H2(getTranslation("search.comments.kinds"));
        heading.setId("facet-kind");
        Div values = new Div();
        values.addClassName("facet-values");
        values.getElement().setAttribute("role", "group");
        values.getElement().setAttribute("aria-labelledby", "facet-kind");
        found.kinds().forEach(kind -> values.add(checkbox(found.query(), kind)));
        Div facet = new Div(heading, values);
        facet.addClassNames("facet", "facet-kind");
        kinds.add(facet);
    }

    private Checkbox checkbox(CommentSearch query, FacetCount kind) {
        return FacetCheckbox.of(kind, getLocale(), () -> go.accept(query.toggle(CommenterKind.valueOf(kind.value()))));
    }

    private Paragraph message(String key, String className, Object... parameters) {
        Paragraph message = new Paragraph(getTranslation(key, parameters));
        message.addClassName(className);
        return message;
    }
}
