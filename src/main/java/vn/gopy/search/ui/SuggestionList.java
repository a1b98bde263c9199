package vn.gopy.search.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.gopy.search.Suggestion;

/**
 * The list of suggestions under the search field: articles lead straight to the article, drafts to the
 * draft. The focus never enters it (the field keeps it and names the active option), and pressing on it
 * does not take the focus away from the field, so that a tap is not lost to the field's blur.
 */
class SuggestionList extends Div {

    static final String ID = "search-suggestions";

    private final List<Suggestion> shown = new ArrayList<>();
    private final List<Anchor> options = new ArrayList<>();
    private int active = -1;

    SuggestionList() {
        setId(ID);
        addClassName("search-suggestions");
        getElement().setAttribute("role", "listbox");
        getElement().setAttribute("aria-label", getTranslation("search.suggest.label"));
        getElement().executeJs("this.addEventListener('mousedown', e => e.preventDefault())");
        setVisible(false);
    }

    void show(List<Suggestion> suggestions) {
        removeAll();
        shown.clear();
        options.clear();
        active = -1;
        for (Suggestion suggestion : suggestions) {
            Anchor option = option(suggestion, shown.size());
            shown.add(suggestion);
            options.add(option);
            add(option);
        }
        setVisible(!shown.isEmpty());
    }

    private Anchor option(Suggestion suggestion, int index) {
        Span kind = new Span(suggestion.isArticle()
                ? SearchLinks.articleName(suggestion.articleLabel(), getTranslation("search.article-word"))
                : getTranslation("search.suggest.draft"));
        kind.addClassName("suggestion-kind");
        String title = suggestion.isArticle() ? Marked.withoutLabel(suggestion.titleHtml(), suggestion.articleLabel())
                : suggestion.titleHtml();
        Anchor option = new Anchor(href(suggestion), kind, Marked.in("span", "suggestion-title", title));
        if (suggestion.isArticle()) {
            Span draft = new Span(suggestion.draftTitle());
            draft.addClassName("suggestion-draft");
            option.add(draft);
        }
        option.setId(ID + "-" + index);
        option.addClassNames("suggestion", suggestion.isArticle() ? "suggestion-article" : "suggestion-of-draft");
        option.getElement().setAttribute("role", "option");
        option.getElement().setAttribute("aria-selected", "false");
        option.getElement().setAttribute("tabindex", "-1");
        return option;
    }

    static String href(Suggestion suggestion) {
        return suggestion.isArticle() ? SearchLinks.article(suggestion.draftId(), suggestion.articleLabel())
                : SearchLinks.draft(suggestion.draftId());
    }

    boolean isOpen() {
        return isVisible() && !shown.isEmpty();
    }

    /** Moves the active option by {@code step}, round the ends as in a native list. */
    void move(int step) {
        if (shown.isEmpty()) {
            return;
        }
        setVisible(true);
        int next = active < 0 ? (step > 0 ? 0 : shown.size() - 1) : Math.floorMod(active + step, shown.size());
        mark(next);
    }

    private void mark(int index) {
        if (active >= 0) {
            options.get(active).removeClassName("active");
            options.get(active).getElement().setAttribute("aria-selected", "false");
        }
        active = index;
        if (active >= 0) {
            options.get(active).addClassName("active");
            options.get(active).getElement().setAttribute("aria-selected", "true");
            options.get(active).getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        }
    }

    Suggestion active() {
        return isOpen() && active >= 0 ? shown.get(active) : null;
    }

    String activeId() {
        return isOpen() && active >= 0 ? ID + "-" + active : "";
    }

    List<Suggestion> shown() {
        return List.copyOf(shown);
    }

    void close() {
        mark(-1);
        setVisible(false);
    }
}
