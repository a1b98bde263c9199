package vn.gopy.search.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import tools.jackson.databind.JsonNode;
import vn.gopy.search.SearchService;
import vn.gopy.search.Suggestion;

/**
 * The search field, with suggestions while typing in the WAI-ARIA combobox pattern: the focus stays in the
 * field, the arrow keys move through the list, Enter opens the suggestion chosen or else runs the search,
 * Escape closes the list. Suggestions are links, so a tap (or a middle click) opens them too.
 */
class SearchBox extends Div {

    static final int SUGGESTIONS = 8;
    /** Long enough that a fast typist does not ask the index for every letter, short enough to feel live. */
    static final int TYPING_PAUSE_MS = 250;

    private final SearchService search;
    private final Consumer<String> onSearch;
    private final TextField field = new TextField();
    private final SuggestionList list = new SuggestionList();
    private final Span announcement = new Span();

    SearchBox(SearchService search, Consumer<String> onSearch) {
        this.search = search;
        this.onSearch = onSearch;
        addClassName("search-box");
        getElement().setAttribute("role", "search");

        field.setAriaLabel(getTranslation("search.box.label"));
        field.setPlaceholder(getTranslation("search.box.placeholder"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        // No clear button: with one, Escape would also wipe the words, where it should only close the list.
        field.setMaxLength(4 * 1024); // the core cuts long text; this keeps a pasted book out of the request
        field.addClassName("search-field");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggest(e.getValue());
            }
        });
        field.addBlurListener(e -> close());
        // The text comes with the key: a lazy field may not have sent its latest value yet.
        field.getElement().addEventListener("keydown", e -> key(e.getEventData()))
                .setFilter("['ArrowDown', 'ArrowUp', 'Enter', 'Escape'].includes(event.key)")
                .addEventData("event.key").addEventData("element.value");
        field.getElement().executeJs("""
                const input = this.inputElement;
                input.setAttribute('role', 'combobox');
                input.setAttribute('aria-autocomplete', 'list');
                input.setAttribute('aria-controls', $0);
                input.setAttribute('aria-expanded', 'false');
                this.addEventListener('keydown', e => {
                  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') e.preventDefault();
                });""", SuggestionList.ID);

        Button go = new Button(getTranslation("search.box.button"), e -> run(field.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClassName("search-button");

        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("aria-live", "polite");
        Div line = new Div(field, go);
        line.addClassName("search-line");
        add(line, list, announcement);
    }

    /** Shows the words of the search on screen, without asking for suggestions. */
    void show(String text) {
        field.setValue(text);
        close();
    }

    String text() {
        return field.getValue();
    }

    TextField field() {
        return field;
    }

    SuggestionList suggestions() {
        return list;
    }

    void suggest(String typed) {
        List<Suggestion> found = typed == null || typed.isBlank() ? List.of() : suggestionsFor(typed);
        list.show(found);
        announcement.setText(found.isEmpty() ? "" : getTranslation("search.suggest.count", found.size()));
        syncAria();
    }

    /** Suggestions are a help, never a hindrance: if the index cannot answer, typing goes on without them. */
    private List<Suggestion> suggestionsFor(String typed) {
        try {
            return search.suggest(typed, SUGGESTIONS);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private void key(JsonNode data) {
        String value = data.path("element.value").asString(field.getValue());
        switch (data.path("event.key").asString("")) {
            case "ArrowDown" -> moveOrOpen(1, value);
            case "ArrowUp" -> moveOrOpen(-1, value);
            case "Escape" -> close();
            case "Enter" -> enter(value);
            default -> { }
        }
    }

    void moveOrOpen(int step, String value) {
        if (!list.isOpen()) {
            suggest(value);
        }
        list.move(step);
        syncAria();
    }

    void enter(String value) {
        Suggestion chosen = list.active();
        if (chosen != null) {
            close();
            UI.getCurrent().navigate(SuggestionList.href(chosen));
        } else {
            run(value);
        }
    }

    void close() {
        list.close();
        syncAria();
    }

    private void run(String value) {
        close();
        onSearch.accept(value == null ? "" : value);
    }

    private void syncAria() {
        field.getElement().executeJs("""
                const input = this.inputElement;
                input.setAttribute('aria-expanded', $0);
                if ($1) input.setAttribute('aria-activedescendant', $1);
                else input.removeAttribute('aria-activedescendant');""",
                String.valueOf(list.isOpen()), list.activeId());
    }
}
