package vn.gopy.search.ui;

import java.util.Set;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.gopy.search.Facet;
import vn.gopy.search.FacetCount;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchResults;

/** The filters in use, each a chip that removes it, and "clear all": visible above the results, also on a phone. */
class FilterChips extends Div {

    private final BiConsumer<Facet, String> onRemove;
    private final Runnable onClear;

    FilterChips(BiConsumer<Facet, String> onRemove, Runnable onClear) {
        this.onRemove = onRemove;
        this.onClear = onClear;
        addClassName("filter-chips");
        getElement().setAttribute("aria-label", getTranslation("search.filters.selected"));
    }

    void show(SearchQuery query, SearchResults results) {
        removeAll();
        for (Facet facet : FacetPanel.ORDER) {
            Set<String> values = query.selected(facet);
            values.stream().sorted().forEach(value -> add(chip(facet, value, label(results, facet, value))));
        }
        if (getComponentCount() > 0) {
            Button clear = new Button(getTranslation("search.filters.clear"), e -> onClear.run());
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            clear.addClassName("filter-clear");
            add(clear);
        }
        setVisible(getComponentCount() > 0);
    }

    private Button chip(Facet facet, String value, String label) {
        Button chip = new Button(getTranslation("search.facet." + facet.name()) + ": " + label,
                VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.accept(facet, value));
        chip.setIconAfterText(true);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.addClassName("filter-chip");
        chip.setAriaLabel(getTranslation("search.filters.remove", label));
        return chip;
    }

    /** The value's name from the counts; a value the results no longer have is shown as it is in the address. */
    private static String label(SearchResults results, Facet facet, String value) {
        if (results == null) {
            return value;
        }
        return results.facet(facet).stream().filter(c -> c.value().equals(value)).map(FacetCount::label)
                .findFirst().orElse(value);
    }
}
