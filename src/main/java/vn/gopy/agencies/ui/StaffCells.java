package vn.gopy.agencies.ui;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import vn.gopy.agencies.StaffSummary;
import vn.gopy.security.Role;

/** The cells of the staff accounts list: role and status badges, the compact phone cell, the actions menu. */
class StaffCells {

    private final Component context;
    private final Function<StaffSummary, String> agencyName;

    StaffCells(Component context, Function<StaffSummary, String> agencyName) {
        this.context = context;
        this.agencyName = agencyName;
    }

    String roleLabel(Role role) {
        return context.getTranslation("agencies.role." + role.name());
    }

    String roleLabels(StaffSummary account) {
        return account.roles().stream().sorted().map(this::roleLabel).collect(Collectors.joining(", "));
    }

    Div roles(StaffSummary account) {
        Div badges = new Div();
        badges.addClassName("role-badges");
        account.roles().stream().sorted().forEach(role -> {
            Span badge = new Span(roleLabel(role));
            badge.addClassNames("badge", "role-" + role.name().toLowerCase(Locale.ROOT));
            badges.add(badge);
        });
        return badges;
    }

    Span status(StaffSummary account) {
        Span badge = new Span(context.getTranslation(account.enabled() ? "agencies.account.is-enabled"
                : "agencies.account.is-disabled"));
        badge.addClassNames("badge", account.enabled() ? "status-active" : "status-inactive");
        return badge;
    }

    /** On a phone: name, then username and agency, then roles and status, in one cell. */
    Div compact(StaffSummary account) {
        Span name = new Span(account.displayName());
        name.addClassName("compact-title");
        String agency = agencyName.apply(account);
        Span who = new Span(agency.isEmpty() ? account.username() : account.username() + " · " + agency);
        who.addClassName("compact-detail");
        Div badges = roles(account);
        badges.add(status(account));
        Div cell = new Div(name, who, badges);
        cell.addClassName("compact-cell");
        return cell;
    }

    MenuBar actions(StaffSummary account, Consumer<StaffSummary> edit, Consumer<StaffSummary> newPassword,
            Consumer<StaffSummary> toggleEnabled) {
        MenuBar menu = new MenuBar();
        menu.addClassName("row-actions");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        String label = context.getTranslation("agencies.accounts.actions", account.username());
        MenuItem top = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        top.setAriaLabel(label);
        menu.setTooltipText(top, label);
        top.getSubMenu().addItem(context.getTranslation("common.edit"), e -> edit.accept(account));
        top.getSubMenu().addItem(context.getTranslation("agencies.password.action"), e -> newPassword.accept(account));
        top.getSubMenu().addItem(context.getTranslation(account.enabled() ? "agencies.account.disable"
                : "agencies.account.enable"), e -> toggleEnabled.accept(account));
        return menu;
    }
}
