package vn.gopy.drafts.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;

/** The front page: what the portal is for, and the consultations open now, opening soon and just closed. */
@Route("")
@Menu(title = "drafts.menu.home", order = 0)
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int OPEN_SHOWN = 6;
    static final int OTHERS_SHOWN = 3;

    private final DraftCatalog catalog;
    private final Div sections = new Div();

    HomeView(DraftCatalog catalog) {
        this.catalog = catalog;
        addClassNames("page", "home-page");
        Paragraph intro = new Paragraph(getTranslation("drafts.home.intro"));
        intro.addClassName("home-intro");
        add(new H1(getTranslation("drafts.home.heading")), intro, searchForm(), sections);
    }

    /**
     * Searching starts here for most readers. Only the address of the search page is known here
     * ({@code search?q=...}): the drafts module does not depend on the search module.
     */
    private Div searchForm() {
        TextField words = new TextField();
        words.setAriaLabel(getTranslation("drafts.home.search.label"));
        words.setPlaceholder(getTranslation("drafts.home.search.placeholder"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.addClassName("home-search-field");
        // Enter reads the text as the browser has it: the field sends its value only when it changes.
        words.getElement().addEventListener("keydown", e -> search(e.getEventData().path("element.value").asString("")))
                .setFilter("event.key === 'Enter'").addEventData("element.value");
        Button go = new Button(getTranslation("drafts.home.search.button"), e -> search(words.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(words, go);
        form.addClassName("home-search");
        form.getElement().setAttribute("role", "search");
        return form;
    }

    private void search(String words) {
        String text = words == null ? "" : words.strip();
        UI.getCurrent().navigate("search", text.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", text));
    }

    /** Read on every visit: the router keeps this view when the reader comes back to it from its own link. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sections.removeAll();
        sections.add(section("open", catalog.openNow(OPEN_SHOWN), ConsultationsQuery.STATUS_OPEN));
        sections.add(section("upcoming", catalog.upcoming(OTHERS_SHOWN), ConsultationsQuery.STATUS_UPCOMING));
        sections.add(section("closed", catalog.recentlyClosed(OTHERS_SHOWN), ConsultationsQuery.STATUS_CLOSED));
    }

    private Section section(String name, List<DraftCard> cards, String statusParameter) {
        H2 heading = new H2(getTranslation("drafts.home." + name + ".title"));
        heading.setId("home-" + name);
        Div top = new Div(heading);
        top.addClassName("home-section-top");
        Section section = new Section(top);
        section.addClassNames("home-section", "home-" + name);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("drafts.home." + name + ".empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        Anchor all = new Anchor("consultations?status=" + statusParameter,
                getTranslation("drafts.home." + name + ".all"));
        all.addClassName("see-all");
        top.add(all);
        Div list = new Div();
        list.addClassName("card-list");
        cards.forEach(card -> list.add(new DraftCardView(card, 3)));
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.home.title") + " · Gopy";
    }
}
