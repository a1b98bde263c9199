package vn.gopy.agencies.ui;

import java.util.Map;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * The filter box above an administration list. What it holds lives in the address ({@code ?q=}), so a
 * filtered list can be bookmarked, shared with a colleague, or reloaded.
 */
class ListFilter extends TextField {

    static final String PARAMETER = "q";

    private Location location;

    ListFilter(String placeholderKey) {
        addClassName("admin-filter");
        setPlaceholder(getTranslation(placeholderKey));
        setAriaLabel(getTranslation(placeholderKey));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setMaxLength(100);
    }

    void onChange(Runnable listener) {
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                rememberInAddress();
            }
            listener.run();
        });
    }

    void readFrom(Location location) {
        this.location = location;
        setValue(location.getQueryParameters().getSingleParameter(PARAMETER).orElse(""));
    }

    /** The query folded for matching (see {@link SearchText}). */
    String query() {
        return SearchText.fold(getValue());
    }

    private void rememberInAddress() {
        if (location == null) {
            return;
        }
        String value = getValue().strip();
        QueryParameters parameters = value.isEmpty() ? QueryParameters.empty()
                : QueryParameters.simple(Map.of(PARAMETER, value));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(location.getPath(), parameters)));
    }
}
