package vn.gopy.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.ui.DraftCardView;
import vn.gopy.search.ArticleHit;
import vn.gopy.search.SearchHit;

/**
 * One result: the draft's card with the matched words marked in its title and snippet, and, when the
 * words were found in the text, the best matching article as a link straight to it.
 */
final class SearchHitCard {

    private SearchHitCard() {
    }

    static DraftCardView of(SearchHit hit) {
        DraftCard card = hit.draft();
        Component title = Marked.isBlank(hit.titleHtml()) ? new Text(card.title())
                : Marked.in("span", "search-hit-title", hit.titleHtml());
        Component snippet = Marked.isBlank(hit.snippetHtml()) ? null
                : Marked.in("p", "search-hit-snippet", hit.snippetHtml());
        DraftCardView view = new DraftCardView(card, 2, title, snippet);
        view.addClassName("search-hit");
        if (hit.article() != null) {
            view.add(article(view, card, hit.article()));
        }
        return view;
    }

    private static Paragraph article(Component context, DraftCard card, ArticleHit article) {
        String word = context.getTranslation(SearchLinks.language(card.language()), "search.article-word");
        String title = Marked.withoutLabel(article.titleHtml(), article.label());
        Span name = new Span(SearchLinks.articleName(article.label(), word) + (Marked.isBlank(title) ? "" : ". "));
        name.addClassName("article-hit-label");
        Anchor link = new Anchor(SearchLinks.article(card.id(), article.label()), name);
        if (!Marked.isBlank(title)) {
            link.add(Marked.in("span", "article-hit-title", title));
        }
        link.addClassName("article-hit-link");
        Paragraph line = new Paragraph(link);
        line.addClassName("article-hit");
        if (!Marked.isBlank(article.snippetHtml())) {
            line.add(new Text(" — "));
            line.add(Marked.in("span", "article-hit-snippet", article.snippetHtml()));
        }
        return line;
    }
}
