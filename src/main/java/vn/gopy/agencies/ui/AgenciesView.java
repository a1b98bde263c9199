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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.security.Role;
import vn.gopy.shell.Notices;

/** The drafting agencies, for administrators: list, filter, create, edit and deactivate. */
@Route("admin/agencies")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "agencies.nav.agencies", order = 90)
public class AgenciesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyService agencies;
    private final ListFilter filter = new ListFilter("agencies.list.filter");
    private final Span count = new Span();
    private final Grid<AgencySummary> grid = new Grid<>();
    private final List<Grid.Column<AgencySummary>> wideColumns;
    private final Grid.Column<AgencySummary> compactColumn;
    private List<AgencySummary> all = List.of();

    AgenciesView(AgencyService agencies) {
        this.agencies = agencies;
        addClassNames("page", "admin-page");

        Button create = new Button(getTranslation("agencies.list.new"), e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.addClassName("admin-count");
        filter.onChange(this::show);
        Div toolbar = new Div(filter, count, create);
        toolbar.addClassName("admin-toolbar");

        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("agencies.list.title"));
        wideColumns = List.of(
                grid.addColumn(AgencySummary::code).setHeader(getTranslation("agencies.agency.code"))
                        .setWidth("8rem").setFlexGrow(0).setSortable(true),
                grid.addColumn(AgencySummary::nameVi).setHeader(getTranslation("agencies.agency.name-vi"))
                        .setFlexGrow(2).setSortable(true),
                grid.addColumn(AgencySummary::nameEn).setHeader(getTranslation("agencies.agency.name-en"))
                        .setFlexGrow(2).setSortable(true),
                grid.addComponentColumn(this::status).setHeader(getTranslation("agencies.agency.status"))
                        .setAutoWidth(true).setFlexGrow(0));
        compactColumn = grid.addComponentColumn(this::compact).setHeader(getTranslation("agencies.list.agency"));
        compactColumn.setVisible(false);
        grid.addComponentColumn(this::editButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        ScreenWidth.watch(this, this::setCompact);

        Paragraph intro = new Paragraph(getTranslation("agencies.list.intro"));
        intro.addClassName("muted");
        add(new H1(getTranslation("agencies.list.title")), intro, toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter.readFrom(event.getLocation());
        reload();
    }

    private void reload() {
        all = agencies.all();
        show();
    }

    private void show() {
        String query = filter.query();
        List<AgencySummary> shown = all.stream()
                .filter(a -> SearchText.matches(query, a.code(), a.nameVi(), a.nameEn())).toList();
        grid.setItems(shown);
        count.setText(getTranslation("agencies.list.count", shown.size(), all.size()));
        grid.setEmptyStateText(getTranslation(all.isEmpty() ? "agencies.list.empty" : "agencies.list.no-match"));
    }

    private void setCompact(boolean compact) {
        wideColumns.forEach(c -> c.setVisible(!compact));
        compactColumn.setVisible(compact);
    }

    private void open(AgencySummary agency) {
        new AgencyDialog(agencies, agency, saved -> {
            Notices.success(getTranslation(agency == null ? "agencies.agency.created" : "agencies.agency.saved",
                    saved.nameVi()));
            reload();
        }).open();
    }

    private Span status(AgencySummary agency) {
        Span badge = new Span(getTranslation(agency.active() ? "agencies.agency.is-active" : "agencies.agency.is-inactive"));
        badge.addClassNames("badge", agency.active() ? "status-active" : "status-inactive");
        return badge;
    }

    private Div compact(AgencySummary agency) {
        Span name = new Span(agency.nameVi());
        name.addClassName("compact-title");
        Span code = new Span(agency.code());
        code.addClassName("compact-detail");
        Div line = new Div(code, status(agency));
        line.addClassName("compact-line");
        Div cell = new Div(name, line);
        cell.addClassName("compact-cell");
        return cell;
    }

    private Button editButton(AgencySummary agency) {
        Button edit = new Button(getTranslation("common.edit"), e -> open(agency));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("agencies.list.edit", agency.nameVi()));
        return edit;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agencies.list.title") + " · Gopy";
    }
}
