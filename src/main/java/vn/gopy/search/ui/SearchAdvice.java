package vn.gopy.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import vn.gopy.search.SearchQuery;

/** What the search page says when there is nothing to show: how to search, or what to try next. */
final class SearchAdvice {

    private SearchAdvice() {
    }

    /** Before any words: what works here that other portals do not do (no diacritics needed, phrases, filters). */
    static Div tips(Component context) {
        H2 heading = new H2(context.getTranslation("search.tips.title"));
        UnorderedList list = new UnorderedList();
        for (String tip : new String[] {"diacritics", "phrase", "typos", "filters"}) {
            list.add(new ListItem(context.getTranslation("search.tips." + tip)));
        }
        ListItem affects = new ListItem(context.getTranslation("search.tips.affects") + " ");
        affects.add(new Anchor(AffectsMeView.ROUTE, context.getTranslation("search.tips.affects-link")));
        list.add(affects);
        Div tips = new Div(heading, list);
        tips.addClassNames("search-tips", "empty-state");
        return tips;
    }

    /** Nothing found: say so with the words, and offer the ways out that are likely to help. */
    static Div nothingFound(Component context, SearchQuery query, Runnable clearFilters) {
        String words = query.hasText() ? query.text() : "";
        Paragraph said = new Paragraph(words.isEmpty() ? context.getTranslation("search.empty.filtered")
                : context.getTranslation("search.empty.words", words));
        said.addClassName("search-empty-title");
        UnorderedList ideas = new UnorderedList();
        if (!query.filters().isEmpty()) {
            Button clear = new Button(context.getTranslation("search.empty.clear-filters"), e -> clearFilters.run());
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            clear.addClassName("search-empty-clear");
            ideas.add(new ListItem(clear));
        }
        if (!words.isEmpty()) {
            ideas.add(new ListItem(context.getTranslation("search.empty.spelling")));
            ideas.add(new ListItem(context.getTranslation("search.empty.fewer-words")));
        }
        Div empty = new Div(said, ideas);
        empty.addClassNames("search-empty", "empty-state");
        empty.getElement().setAttribute("role", "status");
        return empty;
    }
}
