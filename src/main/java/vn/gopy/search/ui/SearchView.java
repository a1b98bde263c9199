package vn.gopy.search.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gopy.search.CommentSearch;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchResults;
import vn.gopy.search.SearchService;
import vn.gopy.search.SearchSort;

/**
 * Full-text search of the public drafts, or, with {@code in=comments}, of the comments. The whole search
 * (words, filters, order, page) is the address ({@code search?q=nha+o&sector=F&sort=newest}): every change
 * navigates to the new address, so back and forward, bookmarks and shared links all work, and the page is
 * drawn from the address alone.
 */
@Route(SearchLinks.SEARCH)
@Menu(title = "search.menu", order = 2)
@AnonymousAllowed
public class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(SearchView.class);

    /** The search on screen, as its address says it. */
    private SearchQuery query = SearchQuery.of("");
    /** The comments searched instead of drafts, or null. */
    private CommentSearch commentQuery;
    private final SearchService search;
    private final SearchBox box;
    private final Paragraph cutNote = new Paragraph();
    private final Button filtersToggle = new Button();
    private final FacetPanel facets = new FacetPanel((facet, value) -> go(query.toggle(facet, value)));
    private final FilterChips chips = new FilterChips((facet, value) -> go(query.toggle(facet, value)),
            () -> go(query.withoutFilters()));
    private final Paragraph count = new Paragraph();
    private final Anchor follow = FollowLink.create("outreach.alerts.follow-search", "follow-search");
    private final Select<SearchSort> sort = new Select<>();
    private final Div results = new Div();
    private final SearchPager pager = new SearchPager();
    private final H1 heading = new H1();
    private final SearchScopeTabs scopes = new SearchScopeTabs();
    private final Div draftLayout;
    private final CommentResultsPanel comments;

    private boolean showingAddress;
    /** Words cut on their way from the field into the address: the address holds them cut, so only this view knows. */
    private String cutOnTheWay;

    SearchView(SearchService search) {
        this.search = search;
        this.box = new SearchBox(search, this::searchFor);
        this.comments = new CommentResultsPanel(search, this::go);
        addClassNames("page", "search-page");
        cutNote.addClassNames("notice", "search-cut-note");
        cutNote.getElement().setAttribute("role", "status");
        count.addClassName("result-count");
        count.getElement().setAttribute("role", "status");
        results.addClassNames("card-list", "search-results-list");

        Div toolbar = new Div(count, follow, sortField());
        toolbar.addClassName("search-toolbar");
        Div main = new Div(toolbar, chips, results, pager);
        main.addClassName("search-results");
        draftLayout = new Div(filtersToggle(), facets, main);
        draftLayout.addClassName("search-layout");
        add(heading, box, cutNote, scopes, draftLayout, comments);
    }

    private Select<SearchSort> sortField() {
        sort.setLabel(getTranslation("search.sort.label"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.parameter()));
        sort.addClassName("search-sort");
        sort.addValueChangeListener(e -> {
            if (!showingAddress && e.getValue() != null) {
                go(query.withSort(e.getValue()));
            }
        });
        return sort;
    }

    /** On a phone the filters fold away behind this button; on a wide screen it is hidden and they stay open. */
    private Button filtersToggle() {
        filtersToggle.addClassName("filters-toggle");
        filtersToggle.setIcon(VaadinIcon.FILTER.create());
        filtersToggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        filtersToggle.getElement().setAttribute("aria-controls", FacetPanel.ID);
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(e -> {
            boolean open = !facets.hasClassName("open");
            facets.setClassName("open", open);
            filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        return filtersToggle;
    }

    private void searchFor(String text) {
        if (commentQuery != null) {
            go(commentQuery.withText(text));
        } else {
            go(query.withText(text));
        }
    }

    private void go(CommentSearch next) {
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(next.toParameters()));
    }

    private void go(SearchQuery next) {
        cutOnTheWay = next.textWasCut() ? next.text() : null;
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters asked = event.getLocation().getQueryParameters();
        boolean inComments = CommentSearch.isAskedFor(asked.getParameters());
        commentQuery = inComments ? CommentSearch.fromParameters(asked.getParameters()) : null;
        query = inComments ? SearchQuery.of(commentQuery.text()) : SearchQuery.fromParameters(asked.getParameters());
        Map<String, List<String>> clean = inComments ? commentQuery.toParameters() : query.toParameters();
        if (!clean.equals(asked.getParameters())) {
            cleanAddress(event.getUI(), clean);
        }
        heading.setText(getTranslation(inComments ? "search.comments.heading" : "search.heading"));
        scopes.show(query.text(), inComments);
        draftLayout.setVisible(!inComments);
        comments.setVisible(inComments);
        if (inComments) {
            cutNote.setVisible(false);
            box.show(commentQuery.text());
            comments.show(commentQuery);
            return;
        }
        boolean cut = query.textWasCut() || query.text().equals(cutOnTheWay);
        cutOnTheWay = null;
        SearchResults found = run(query);
        showQuery(cut);
        showResults(found);
    }

    /**
     * What the address got wrong (an unknown order, page -5, text too long) is dropped from the address bar
     * without a new navigation, so that the page still tells the reader that the words were cut.
     */
    private void cleanAddress(UI ui, Map<String, List<String>> parameters) {
        Location clean = new Location(SearchLinks.SEARCH, new QueryParameters(parameters));
        ui.beforeClientResponse(this, context -> ui.getPage().getHistory().replaceState(null, clean));
    }

    /** The index is the one part here that can fail on its own; a reader then sees a message, never an error page. */
    private SearchResults run(SearchQuery asked) {
        try {
            return search.search(asked, getLocale());
        } catch (RuntimeException e) {
            log.warn("Search failed for {}", asked, e);
            return null;
        }
    }

    private void showQuery(boolean cut) {
        showingAddress = true;
        try {
            box.show(query.text());
            sort.setValue(query.sort());
        } finally {
            showingAddress = false;
        }
        cutNote.setText(getTranslation("search.cut-note", SearchQuery.MAX_TEXT_LENGTH));
        cutNote.setVisible(cut);
        int selected = query.filters().values().stream().mapToInt(Set::size).sum();
        filtersToggle.setText(selected == 0 ? getTranslation("search.filters.toggle")
                : getTranslation("search.filters.toggle-count", selected));
    }

    private void showResults(SearchResults found) {
        results.removeAll();
        chips.show(query, found);
        if (found == null) {
            facets.removeAll();
            count.setText("");
            pager.setVisible(false);
            Paragraph failed = new Paragraph(getTranslation("search.failed"));
            failed.addClassNames("empty-state", "search-failed");
            results.add(failed);
            return;
        }
        facets.show(found);
        pager.show(found);
        boolean asked = query.hasText() || !query.filters().isEmpty();
        FollowLink.point(follow, "search", query.withSort(SearchSort.RELEVANCE).withPage(1).toParameters());
        if (!asked) {
            results.add(SearchAdvice.tips(this));
        }
        if (found.isEmpty()) {
            count.setText("");
            if (asked) {
                results.add(SearchAdvice.nothingFound(this, query, () -> go(query.withoutFilters())));
            }
            return;
        }
        count.setText(asked ? getTranslation("search.count", found.total(), found.tookMillis() / 1000.0)
                : getTranslation("search.browse-count", found.total()));
        found.hits().forEach(hit -> results.add(SearchHitCard.of(hit)));
    }

    SearchQuery query() {
        return query;
    }

    SearchBox box() {
        return box;
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("search.title");
        if (!query.hasText()) {
            return title + " · Gopy";
        }
        String text = query.text();
        String words = text.codePointCount(0, text.length()) > 60 ? text.substring(0, text.offsetByCodePoints(0, 60)) + "…" : text;
        return "“" + words + "” – " + title + " · Gopy";
    }
}
