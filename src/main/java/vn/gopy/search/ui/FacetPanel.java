package vn.gopy.search.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import vn.gopy.search.Facet;
import vn.gopy.search.FacetCount;
import vn.gopy.search.SearchResults;

/**
 * The filters beside the results: each facet's values with how many results have them. Ticking one
 * narrows the search; values of a facet add up ("this agency or that one"). Long facets show their
 * first values and the selected ones, the rest on request. On a phone the panel folds away.
 */
class FacetPanel extends Aside {

    static final String ID = "search-filters";
    /** Most facets fit; provinces and agencies are long, and a phone should not scroll past all of them. */
    static final int SHOWN_AT_FIRST = 6;
    /** The order readers narrow in: what state, what kind, who drafts it, whom it concerns, when. */
    static final List<Facet> ORDER = List.of(Facet.STATUS, Facet.DOCUMENT_TYPE, Facet.AGENCY, Facet.SECTOR,
            Facet.SIZE, Facet.PROVINCE, Facet.YEAR);

    private final BiConsumer<Facet, String> onToggle;

    FacetPanel(BiConsumer<Facet, String> onToggle) {
        this.onToggle = onToggle;
        setId(ID);
        addClassName("search-facets");
        getElement().setAttribute("aria-label", getTranslation("search.filters.label"));
    }

    void show(SearchResults results) {
        removeAll();
        for (Facet facet : ORDER) {
            List<FacetCount> counts = results.facet(facet);
            if (!counts.isEmpty()) {
                add(facet(facet, counts));
            }
        }
    }

    private Section facet(Facet facet, List<FacetCount> counts) {
        H2 heading = new H2(getTranslation("search.facet." + facet.name()));
        heading.setId("facet-" + facet.parameter());
        Div values = new Div();
        values.addClassName("facet-values");
        values.getElement().setAttribute("role", "group");
        values.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Section section = new Section(heading, values);
        section.addClassNames("facet", "facet-" + facet.parameter());
        List<Checkbox> boxes = counts.stream().map(count -> checkbox(facet, count)).toList();
        boxes.forEach(values::add);
        if (counts.size() > SHOWN_AT_FIRST) {
            for (int i = SHOWN_AT_FIRST; i < counts.size(); i++) {
                boxes.get(i).setVisible(counts.get(i).selected());
            }
            Button more = new Button(getTranslation("search.filters.more", counts.size() - SHOWN_AT_FIRST));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClassName("facet-more");
            more.addClickListener(e -> {
                boxes.forEach(b -> b.setVisible(true));
                more.setVisible(false);
            });
            section.add(more);
        }
        return section;
    }

    private Checkbox checkbox(Facet facet, FacetCount count) {
        return FacetCheckbox.of(count, getLocale(), () -> onToggle.accept(facet, count.value()));
    }
}
