package vn.gopy.drafts.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftHistory;
import vn.gopy.drafts.VersionComparison;
import vn.gopy.drafts.VersionComparison.ArticleChange;
import vn.gopy.drafts.VersionComparison.Change;
import vn.gopy.drafts.VersionInfo;

/**
 * What changed between two published versions of a draft, article by article:
 * {@code drafts/42/compare?from=1&to=2}, unchanged articles hidden unless {@code all=1}. Version numbers
 * that the draft does not have fall back to the two latest versions.
 */
@Route("drafts/:draftId([0-9]{1,18})/compare")
@AnonymousAllowed
public class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftCatalog catalog;
    private DraftHistory history;

    CompareView(DraftCatalog catalog) {
        this.catalog = catalog;
        addClassNames("page", "compare-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long draftId = event.getRouteParameters().getLong("draftId")
                .orElseThrow(() -> new NotFoundException("Draft " + event.getLocation().getPath()));
        history = catalog.history(draftId);
        removeAll();
        Anchor back = new Anchor(DraftLinks.draft(draftId), getTranslation("drafts.compare.back", history.card().title()));
        back.addClassName("back-link");
        add(back, new H1(getTranslation("drafts.compare.heading")));
        List<VersionInfo> versions = history.versions();
        if (versions.size() < 2) {
            Paragraph only = new Paragraph(getTranslation("drafts.compare.single-version"));
            only.addClassName("empty-state");
            add(only);
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        int to = version(query, "to").orElse(versions.getLast().number());
        int from = version(query, "from").orElse(versions.get(versions.size() - 2).number());
        boolean onlyChanged = !query.getSingleParameter("all").map(v -> v.equals("1") || v.equals("true"))
                .orElse(false);
        add(controls(versions, from, to, onlyChanged));
        show(catalog.compare(draftId, from, to), onlyChanged);
    }

    private Optional<Integer> version(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).filter(history::hasVersion);
    }

    private Div controls(List<VersionInfo> versions, int from, int to, boolean onlyChanged) {
        Select<Integer> fromField = versionField("drafts.compare.from", versions, from);
        Select<Integer> toField = versionField("drafts.compare.to", versions, to);
        Checkbox onlyChangedField = new Checkbox(getTranslation("drafts.compare.only-changed"), onlyChanged);
        fromField.addValueChangeListener(e -> go(e.getValue(), toField.getValue(), onlyChangedField.getValue()));
        toField.addValueChangeListener(e -> go(fromField.getValue(), e.getValue(), onlyChangedField.getValue()));
        onlyChangedField.addValueChangeListener(e -> go(fromField.getValue(), toField.getValue(), e.getValue()));
        Div controls = new Div(fromField, toField, onlyChangedField);
        controls.addClassName("compare-controls");
        return controls;
    }

    private Select<Integer> versionField(String labelKey, List<VersionInfo> versions, int value) {
        Select<Integer> field = new Select<>();
        field.setLabel(getTranslation(labelKey));
        field.setItems(versions.stream().map(VersionInfo::number).toList());
        field.setItemLabelGenerator(n -> versions.stream().filter(v -> v.number() == n).findFirst()
                .map(v -> getTranslation("drafts.compare.version", n, ReadingFormat.date(v.publishedAt(), getLocale())))
                .orElse(String.valueOf(n)));
        field.setValue(value);
        return field;
    }

    private void go(int from, int to, boolean onlyChanged) {
        Map<String, String> query = onlyChanged
                ? Map.of("from", String.valueOf(from), "to", String.valueOf(to))
                : Map.of("from", String.valueOf(from), "to", String.valueOf(to), "all", "1");
        UI.getCurrent().navigate(CompareView.class, new RouteParameters("draftId", String.valueOf(history.card().id())),
                QueryParameters.simple(query));
    }

    private void show(VersionComparison comparison, boolean onlyChanged) {
        Paragraph summary = new Paragraph(getTranslation("drafts.compare.summary", comparison.fromVersion(),
                comparison.toVersion(), comparison.count(Change.CHANGED), comparison.count(Change.ADDED),
                comparison.count(Change.REMOVED)));
        summary.addClassName("compare-summary");
        summary.getElement().setAttribute("role", "status");
        Paragraph legend = new Paragraph();
        legend.getElement().setProperty("innerHTML", legendMarkup());
        legend.addClassName("compare-legend");
        add(summary, legend);

        Div articles = new Div();
        articles.addClassName("compare-articles");
        String language = history.card().language() == null ? "vi" : history.card().language();
        articles.getElement().setAttribute("lang", language);
        DiffMarkup.Words words = new DiffMarkup.Words(getTranslation("drafts.compare.removed-marker"),
                getTranslation("drafts.compare.added-marker"));
        String articleWord = getTranslation(Locale.of(language), "drafts.block-kind.ARTICLE");
        comparison.articles().stream().filter(a -> !onlyChanged || a.change() != Change.UNCHANGED)
                .forEach(a -> articles.add(article(a, comparison, words, articleWord)));
        if (articles.getChildren().findAny().isEmpty()) {
            Paragraph same = new Paragraph(getTranslation("drafts.compare.no-changes"));
            same.addClassName("empty-state");
            articles.add(same);
        }
        add(articles);
    }

    private HtmlBlock article(ArticleChange change, VersionComparison comparison, DiffMarkup.Words words,
            String articleWord) {
        String changeName = change.change().name().toLowerCase(Locale.ROOT);
        int version = change.change() == Change.REMOVED ? comparison.fromVersion() : comparison.toVersion();
        // A renumbered article says what it was called, so a reader who commented on "Điều 4" finds it.
        String formerly = change.renumbered() ? " <span class=\"renumbered\">" + TextMarkup.escape(
                getTranslation("drafts.compare.renumbered", articleWord + " " + change.oldLabel())) + "</span>" : "";
        String markup = "<div class=\"diff-head\"><h2 class=\"diff-title\"><span class=\"article-number\">"
                + TextMarkup.escape(articleWord + " " + change.label() + ".") + "</span>" + formerly + " "
                + DiffMarkup.title(change, words) + "</h2><span class=\"badge change-" + changeName + "\">"
                + TextMarkup.escape(getTranslation("drafts.compare.change." + change.change().name())) + "</span></div>"
                + "<div class=\"diff-body\">" + DiffMarkup.body(change, words) + "</div>"
                + "<p class=\"diff-source\"><a href=\""
                + TextMarkup.escape(DraftLinks.article(history.card().id(), change.label(), version)) + "\">"
                + TextMarkup.escape(getTranslation("drafts.compare.read-in-version", version)) + "</a></p>";
        HtmlBlock block = new HtmlBlock("section", markup);
        block.addClassNames("diff-article", "change-" + changeName);
        return block;
    }

    /** The legend's sample words are the page's own fixed text, translated; no draft text goes into it. */
    private String legendMarkup() {
        return TextMarkup.escape(getTranslation("drafts.compare.legend.intro")) + " <del>"
                + TextMarkup.escape(getTranslation("drafts.compare.legend.removed")) + "</del> · <ins>"
                + TextMarkup.escape(getTranslation("drafts.compare.legend.added")) + "</ins>";
    }

    @Override
    public String getPageTitle() {
        String title = history == null ? "" : " – " + history.card().title();
        return getTranslation("drafts.compare.heading") + title + " · Gopy";
    }
}
