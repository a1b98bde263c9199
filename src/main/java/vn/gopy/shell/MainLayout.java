package vn.gopy.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.gopy.security.CurrentStaff;

/**
 * The frame of every page: the portal's name, the navigation, the language switch and the staff login.
 * Navigation entries come from the views' {@code @Menu} annotations (their titles are translation keys),
 * so the shell knows no feature module and each user sees only the views they may open.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentStaff currentStaff;
    private final AuthenticationContext authentication;
    private final SideNav navigation = new SideNav();

    MainLayout(CurrentStaff currentStaff, AuthenticationContext authentication) {
        this.currentStaff = currentStaff;
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);
        addToNavbar(header());
        navigation.addClassName("main-navigation");
        navigation.setLabel(getTranslation("shell.nav.label"));
        addToDrawer(navigation, footer());
        setDrawerOpened(false);
    }

    private Header header() {
        Anchor skip = new Anchor("#main-content", getTranslation("shell.skip-to-content"));
        skip.addClassName("skip-link");
        // Vaadin's <base href> would send "#main-content" to the home page: move the focus in the browser instead.
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById('main-content'); main.setAttribute('tabindex', '-1');"
                + " main.focus(); })");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.nav.toggle"));

        Anchor brand = new Anchor("", "");
        brand.addClassName("brand");
        Span name = new Span("Gopy");
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("shell.tagline"));
        tagline.addClassName("brand-tagline");
        brand.add(name, tagline);

        Div spacer = new Div();
        spacer.addClassName("header-spacer");

        Header header = new Header(skip, toggle, brand, spacer, new LanguageSwitch(), account());
        header.addClassName("app-header");
        return header;
    }

    private Div account() {
        Div account = new Div();
        account.addClassName("account");
        currentStaff.get().ifPresentOrElse(user -> {
            Span who = new Span(user.displayName());
            who.addClassName("account-name");
            Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(who, logout);
        }, () -> {
            // On a phone the header has room for "Đăng nhập" only; the full text stays for screen readers.
            Span full = new Span(getTranslation("shell.login"));
            full.addClassName("login-full");
            Span brief = new Span(getTranslation("shell.login.short"));
            brief.addClassName("login-short");
            brief.getElement().setAttribute("aria-hidden", "true");
            Anchor login = new Anchor("login", full, brief);
            login.addClassName("login-link");
            account.add(login);
        });
        return account;
    }

    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("shell.footer")));
        footer.addClassName("drawer-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.removeAll();
        MenuConfiguration.getMenuEntries(getLocale()).forEach(entry ->
                navigation.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        getContent().getElement().setAttribute("id", "main-content");
    }
}
