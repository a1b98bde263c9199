package vn.gopy.agencies.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
public class StaffAccountsView extends AdminListView<StaffSummary> {

    private final StaffAccountService accounts;
    private final AgencyService agencies;
    private final StaffCells cells;
    private Map<Long, AgencySummary> agenciesById = Map.of();

    StaffAccountsView(StaffAccountService accounts, AgencyService agencies) {
        super("agencies.accounts.title", "agencies.accounts.intro", "agencies.accounts.filter",
                "agencies.accounts.new", "agencies.accounts.empty");
        this.accounts = accounts;
        this.agencies = agencies;
        this.cells = new StaffCells(this, this::agencyName);
        columns(List.of(
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
                        .setAutoWidth(true).setFlexGrow(0)),
                grid.addComponentColumn(cells::compact).setHeader(getTranslation("agencies.accounts.account")));
        grid.addComponentColumn(a -> cells.actions(a, this::edit, this::newPassword, this::toggleEnabled))
                .setKey("actions").setWidth("4.5rem").setFlexGrow(0);
    }

    @Override
    protected List<StaffSummary> load() {
        agenciesById = agencies.all().stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        return accounts.all();
    }

    @Override
    protected boolean matches(String query, StaffSummary a) {
        return SearchText.matches(query, a.username(), a.displayName(), a.email(), agencyName(a), cells.roleLabels(a));
    }

    @Override
    protected void createNew() {
        edit(null);
    }

    private String agencyName(StaffSummary account) {
        AgencySummary agency = account.agencyId() == null ? null : agenciesById.get(account.agencyId());
        return agency == null ? "" : agency.name(getLocale());
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
}
