package vn.gopy.agencies.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.agencies.StaffSummary;
import vn.gopy.common.InvalidInputException;
import vn.gopy.security.Role;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;

/** Staff accounts, for administrators: who may log in, with which roles, and for which agency. */
@Route("admin/accounts")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "agencies.nav.accounts", order = 91)
public class StaffAccountsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffAccountService accounts;
    private final AgencyService agencies;
    private final ListFilter filter = new ListFilter("agencies.accounts.filter");
    private final Span count = new Span();
    private final Grid<StaffSummary> grid = new Grid<>();
    private final List<Grid.Column<StaffSummary>> wideColumns;
    private final Grid.Column<StaffSummary> compactColumn;
    private final StaffCells cells;
    private List<StaffSummary> all = List.of();
    private Map<Long, AgencySummary> agenciesById = Map.of();

    StaffAccountsView(StaffAccountService accounts, AgencyService agencies) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.cells = new StaffCells(this, this::agencyName);
        addClassNames("page", "admin-page");

        Button create = new Button(getTranslation("agencies.accounts.new"), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.addClassName("admin-count");
        filter.onChange(this::show);
        Div toolbar = new Div(filter, count, create);
        toolbar.addClassName("admin-toolbar");

        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("agencies.accounts.title"));
        wideColumns = List.of(
                grid.addColumn(StaffSummary::username).setHeader(getTranslation("agencies.account.username"))
                        .setAutoWidth(true).setFlexGrow(0).setSortable(true),
                grid.addColumn(StaffSummary::displayName).setHeader(getTranslation("agencies.account.display-name"))
                        .setWidth("10rem").setSortable(true),
                grid.addColumn(StaffSummary::email).setHeader(getTranslation("agencies.account.email"))
                        .setWidth("14rem").setTooltipGenerator(StaffSummary::email),
                grid.addComponentColumn(cells::roles).setHeader(getTranslation("agencies.account.roles"))
                        .setWidth("12rem"),
                grid.addColumn(this::agencyName).setHeader(getTranslation("agencies.account.agency"))
                        .setWidth("10rem").setSortable(true),
                grid.addComponentColumn(cells::status).setHeader(getTranslation("agencies.account.status"))
                        .setAutoWidth(true).setFlexGrow(0));
        compactColumn = grid.addComponentColumn(cells::compact).setHeader(getTranslation("agencies.accounts.account"));
        compactColumn.setVisible(false);
        grid.addComponentColumn(a -> cells.actions(a, this::edit, this::newPassword, this::toggleEnabled))
                .setKey("actions").setWidth("4.5rem").setFlexGrow(0);
        ScreenWidth.watch(this, this::setCompact);

        Paragraph intro = new Paragraph(getTranslation("agencies.accounts.intro"));
        intro.addClassName("muted");
        add(new H1(getTranslation("agencies.accounts.title")), intro, toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter.readFrom(event.getLocation());
        reload();
    }

    private void reload() {
        agenciesById = agencies.all().stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        all = accounts.all();
        show();
    }

    private void show() {
        String query = filter.query();
        List<StaffSummary> shown = all.stream().filter(a -> SearchText.matches(query, a.username(), a.displayName(),
                a.email(), agencyName(a), cells.roleLabels(a))).toList();
        grid.setItems(shown);
        count.setText(getTranslation("agencies.list.count", shown.size(), all.size()));
        grid.setEmptyStateText(getTranslation(all.isEmpty() ? "agencies.accounts.empty" : "agencies.list.no-match"));
    }

    private String agencyName(StaffSummary account) {
        AgencySummary agency = account.agencyId() == null ? null : agenciesById.get(account.agencyId());
        return agency == null ? "" : agency.name(getLocale());
    }

    private void setCompact(boolean compact) {
        wideColumns.forEach(c -> c.setVisible(!compact));
        compactColumn.setVisible(compact);
    }

    private void edit(StaffSummary account) {
        new StaffAccountDialog(accounts, agencies, account, saved -> {
            Notices.success(getTranslation(account == null ? "agencies.account.created" : "agencies.account.saved",
                    saved.username()));
            reload();
        }).open();
    }

    private void newPassword(StaffSummary account) {
        new NewPasswordDialog(accounts, account).open();
    }

    private void toggleEnabled(StaffSummary account) {
        boolean enable = !account.enabled();
        String action = enable ? "enable" : "disable";
        Confirmation.ask(getTranslation("agencies.account." + action + "-title", account.username()),
                getTranslation("agencies.account." + action + "-text", account.displayName()),
                getTranslation("agencies.account." + action), !enable, () -> {
                    try {
                        accounts.setEnabled(account.id(), enable);
                        Notices.success(getTranslation("agencies.account.done-" + action, account.username()));
                    } catch (InvalidInputException e) {
                        Notices.error(e.problems().stream().map(p -> FieldErrors.message(this, p))
                                .collect(Collectors.joining(" ")));
                    }
                    reload();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agencies.accounts.title") + " · Gopy";
    }
}
