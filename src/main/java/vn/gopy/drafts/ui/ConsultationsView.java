package vn.gopy.drafts.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.PageOf;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Taxonomy;
import vn.gopy.taxonomies.Term;

/**
 * Every public consultation, filtered by agency, type and status. The filters and the page live in the
 * address, so a filtered list can be bookmarked and shared; changing a filter navigates to the new address.
 */
@Route(ConsultationsView.ROUTE)
@Menu(title = "drafts.menu.consultations", order = 1)
@AnonymousAllowed
public class ConsultationsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "consultations";
    static final int PAGE_SIZE = 10;

    private final DraftCatalog catalog;
    private final Map<Long, AgencySummary> agencies;
    private final Taxonomy documentTypes;

    private final ComboBox<AgencySummary> agencyField = new ComboBox<>();
    private final Select<Term> typeField = new Select<>();
    private final Select<DraftStatus> statusField = new Select<>();
    private final Button clear = new Button();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final Pager pager = new Pager();

    private ConsultationsQuery query = ConsultationsQuery.none();
    /** True while the fields are set from the address, so that this does not navigate again. */
    private boolean showingAddress;

    ConsultationsView(DraftCatalog catalog, AgencyService agencyService, Taxonomies taxonomies) {
        this.catalog = catalog;
        this.agencies = agencyService.all().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        this.documentTypes = taxonomies.documentTypes();
        addClassNames("page", "consultations-page");
        count.addClassName("result-count");
        count.getElement().setAttribute("role", "status");
        results.addClassName("card-list");
        add(new H1(getTranslation("drafts.list.heading")), filters(), count, results, pager);
    }

    private Div filters() {
        agencyField.setLabel(getTranslation("drafts.list.filter.agency"));
        agencyField.setPlaceholder(getTranslation("drafts.list.filter.any-agency"));
        agencyField.setItems(List.copyOf(agencies.values()));
        agencyField.setItemLabelGenerator(a -> a.name(getLocale()));
        agencyField.setClearButtonVisible(true);
        agencyField.addValueChangeListener(e -> go(query.withAgency(e.getValue() == null ? null : e.getValue().id())));

        typeField.setLabel(getTranslation("drafts.list.filter.type"));
        typeField.setItems(documentTypes.terms());
        typeField.setItemLabelGenerator(t -> t == null ? getTranslation("drafts.list.filter.any") : t.name(getLocale()));
        typeField.setEmptySelectionAllowed(true);
        typeField.setEmptySelectionCaption(getTranslation("drafts.list.filter.any"));
        typeField.addValueChangeListener(e -> go(query.withType(e.getValue() == null ? null : e.getValue().code())));

        statusField.setLabel(getTranslation("drafts.list.filter.status"));
        statusField.setItems(DraftStatus.OPEN, DraftStatus.SCHEDULED, DraftStatus.CLOSED,
                DraftStatus.REPORT_PUBLISHED);
        statusField.setItemLabelGenerator(s -> s == null ? getTranslation("drafts.list.filter.any")
                : getTranslation("drafts.status." + s.name()));
        statusField.setEmptySelectionAllowed(true);
        statusField.setEmptySelectionCaption(getTranslation("drafts.list.filter.any"));
        statusField.addValueChangeListener(e -> go(query.withStatus(e.getValue())));

        clear.setText(getTranslation("drafts.list.filter.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> go(ConsultationsQuery.none()));

        Div filters = new Div(agencyField, typeField, statusField, clear);
        filters.addClassName("list-filters");
        filters.getElement().setAttribute("role", "search");
        return filters;
    }

    private void go(ConsultationsQuery next) {
        if (!showingAddress) {
            UI.getCurrent().navigate(ConsultationsView.class, next.toParameters());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ConsultationsQuery asked = ConsultationsQuery.from(event.getLocation().getQueryParameters(),
                agencies::containsKey, documentTypes::contains);
        PageOf<DraftCard> page = catalog.browse(asked.filter(), asked.page() - 1, PAGE_SIZE);
        if (page.items().isEmpty() && page.total() > 0) {
            asked = asked.atPage(page.pageCount()); // past the end: show the last page
            page = catalog.browse(asked.filter(), asked.page() - 1, PAGE_SIZE);
        }
        if (!asked.toParameters().equals(event.getLocation().getQueryParameters())) {
            // Drop what the address got wrong, so that what people copy from the address bar is clean.
            event.forwardTo(ConsultationsView.class, asked.toParameters());
            return;
        }
        query = asked;
        showFilters();
        showResults(page);
    }

    private void showFilters() {
        showingAddress = true;
        try {
            agencyField.setValue(query.agencyId() == null ? null : agencies.get(query.agencyId()));
            typeField.setValue(documentTypes.find(query.typeCode()).orElse(null));
            statusField.setValue(query.status());
            clear.setVisible(query.isFiltered());
        } finally {
            showingAddress = false;
        }
    }

    private void showResults(PageOf<DraftCard> page) {
        results.removeAll();
        count.setText(getTranslation("drafts.list.count", page.total()));
        if (page.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(query.isFiltered()
                    ? "drafts.list.empty-filtered" : "drafts.list.empty"));
            empty.addClassName("empty-state");
            results.add(empty);
        }
        page.items().forEach(card -> results.add(new DraftCardView(card, 2)));
        pager.show(page, p -> query.atPage(p).href());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.list.title") + " · Gopy";
    }
}
