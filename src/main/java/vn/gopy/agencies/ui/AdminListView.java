package vn.gopy.agencies.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What both administration lists are: a title and a short explanation, a filter kept in the address, a
 * count, a "New" button, and a grid that shows one compact column on phones instead of the wide columns.
 */
abstract class AdminListView<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final Grid<T> grid = new Grid<>();
    private final ListFilter filter;
    private final Span count = new Span();
    private final String titleKey;
    private final String emptyKey;
    private List<Grid.Column<T>> wideColumns = List.of();
    private Grid.Column<T> compactColumn;
    private List<T> all = List.of();

    AdminListView(String titleKey, String introKey, String filterKey, String newKey, String emptyKey) {
        this.titleKey = titleKey;
        this.emptyKey = emptyKey;
        this.filter = new ListFilter(filterKey);
        addClassNames("page", "admin-page");

        Button create = new Button(getTranslation(newKey), e -> createNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.addClassName("admin-count");
        filter.onChange(this::show);
        Div toolbar = new Div(filter, count, create);
        toolbar.addClassName("admin-toolbar");

        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation(titleKey));
        ScreenWidth.watch(this, this::setCompact);

        Paragraph intro = new Paragraph(getTranslation(introKey));
        intro.addClassName("muted");
        add(new H1(getTranslation(titleKey)), intro, toolbar, grid);
    }

    /** The columns for wide screens, and the one that replaces them on phones. */
    protected void columns(List<Grid.Column<T>> wide, Grid.Column<T> compact) {
        this.wideColumns = List.copyOf(wide);
        this.compactColumn = compact;
        compact.setVisible(false);
    }

    protected abstract List<T> load();

    protected abstract boolean matches(String query, T item);

    protected abstract void createNew();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter.readFrom(event.getLocation());
        reload();
    }

    protected void reload() {
        all = load();
        show();
    }

    private void show() {
        String query = filter.query();
        List<T> shown = all.stream().filter(item -> matches(query, item)).toList();
        grid.setItems(shown);
        count.setText(getTranslation("agencies.list.count", shown.size(), all.size()));
        grid.setEmptyStateText(getTranslation(all.isEmpty() ? emptyKey : "agencies.list.no-match"));
    }

    private void setCompact(boolean compact) {
        wideColumns.forEach(c -> c.setVisible(!compact));
        if (compactColumn != null) {
            compactColumn.setVisible(compact);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · Gopy";
    }
}
