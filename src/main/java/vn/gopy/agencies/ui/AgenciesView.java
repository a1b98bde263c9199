package vn.gopy.agencies.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
public class AgenciesView extends AdminListView<AgencySummary> {

    private final AgencyService agencies;

    AgenciesView(AgencyService agencies) {
        super("agencies.list.title", "agencies.list.intro", "agencies.list.filter", "agencies.list.new",
                "agencies.list.empty");
        this.agencies = agencies;
        columns(List.of(
                grid.addColumn(AgencySummary::code).setHeader(getTranslation("agencies.agency.code"))
                        .setWidth("8rem").setFlexGrow(0).setSortable(true),
                grid.addColumn(AgencySummary::nameVi).setHeader(getTranslation("agencies.agency.name-vi"))
                        .setFlexGrow(2).setSortable(true),
                grid.addColumn(AgencySummary::nameEn).setHeader(getTranslation("agencies.agency.name-en"))
                        .setFlexGrow(2).setSortable(true),
                grid.addComponentColumn(this::status).setHeader(getTranslation("agencies.agency.status"))
                        .setAutoWidth(true).setFlexGrow(0)),
                grid.addComponentColumn(this::compact).setHeader(getTranslation("agencies.list.agency")));
        grid.addComponentColumn(this::editButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
    }

    @Override
    protected List<AgencySummary> load() {
        return agencies.all();
    }

    @Override
    protected boolean matches(String query, AgencySummary a) {
        return SearchText.matches(query, a.code(), a.nameVi(), a.nameEn());
    }

    @Override
    protected void createNew() {
        open(null);
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
}
