package vn.gopy.search.ui;

import java.util.Locale;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import vn.gopy.search.FacetCount;

/** One value of a facet as a check box: its name and its count, in the reader's number format. */
final class FacetCheckbox {

    private FacetCheckbox() {
    }

    /** {@code onToggle} runs when the reader ticks or unticks it (not when the page sets it). */
    static Checkbox of(FacetCount count, Locale locale, Runnable onToggle) {
        Span name = new Span(count.label());
        name.addClassName("facet-name");
        Span number = new Span(String.format(locale, "%,d", count.count()));
        number.addClassName("facet-count");
        Span label = new Span(name, number);
        label.addClassName("facet-label");
        Checkbox box = new Checkbox(count.selected());
        box.setLabelComponent(label);
        box.addClassName("facet-value");
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onToggle.run();
            }
        });
        return box;
    }
}
