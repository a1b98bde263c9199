package vn.gopy.drafts.ui;

import java.util.Locale;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import vn.gopy.drafts.DraftPage;
import vn.gopy.drafts.TextBlockView;

/**
 * Chapters with their articles, each article a link to its address. Folded by default, so that on a phone
 * the text starts right below it; opened at once on a wide screen, where it sits beside the text.
 */
class TableOfContents extends Details {

    static final int WIDE_SCREEN = 1024;

    private final HtmlBlock list;

    /** {@code inContents} gives, for an article's label, markup that other modules add to its entry. */
    TableOfContents(DraftPage page, Integer shownVersion, UnaryOperator<String> inContents) {
        addClassName("toc");
        String language = page.card().language() == null ? "vi" : page.card().language();
        Locale documentLocale = Locale.of(language);
        setSummaryText(getTranslation("drafts.page.toc.summary", page.articles().size()));
        list = new HtmlBlock("nav", markup(page, shownVersion, documentLocale, inContents));
        list.getElement().setAttribute("aria-label", getTranslation("drafts.page.toc.label"));
        list.getElement().setAttribute("lang", language);
        list.addClassName("toc-nav");
        add(list);
        addAttachListener(e -> {
            ExtendedClientDetails client = e.getUI().getPage().getExtendedClientDetails();
            if (client != null && client.getWindowInnerWidth() >= WIDE_SCREEN) {
                setOpened(true);
            }
        });
    }

    /** Marks the entry of the article being read ({@code href} as in the list), or none. */
    void markCurrent(String href) {
        list.getElement().executeJs("""
                this.querySelectorAll('a[aria-current]').forEach(a => a.removeAttribute('aria-current'));
                const current = [...this.querySelectorAll('a')].find(a => a.getAttribute('href') === $0);
                if (current) { current.setAttribute('aria-current', 'location'); }
                """, href == null ? "" : href);
    }

    private String markup(DraftPage page, Integer shownVersion, Locale documentLocale,
            UnaryOperator<String> inContents) {
        StringBuilder html = new StringBuilder("<ol class=\"toc-list\">");
        boolean inChapter = false;
        for (TextBlockView block : page.blocks()) {
            String number = getTranslation(documentLocale, "drafts.block-kind." + block.kind().name()) + " "
                    + block.label();
            switch (block.kind()) {
                case CHAPTER -> {
                    html.append(inChapter ? "</ol></li>" : "");
                    html.append("<li class=\"toc-chapter\"><span class=\"toc-heading\">")
                            .append(TextMarkup.escape(joined(number, block.title()))).append("</span><ol>");
                    inChapter = true;
                }
                case SECTION -> html.append("<li class=\"toc-section\">")
                        .append(TextMarkup.escape(joined(number, block.title()))).append("</li>");
                case ARTICLE -> html.append("<li><a href=\"")
                        .append(TextMarkup.escape(DraftLinks.article(page.card().id(), block.label(), shownVersion)))
                        .append("\">").append(TextMarkup.escape(joined(number, block.title())))
                        // Inside the link, so that the count stays on the entry's line and is read with it.
                        .append(inContents.apply(block.label())).append("</a></li>");
                case TEXT -> { }
            }
        }
        html.append(inChapter ? "</ol></li>" : "").append("</ol>");
        return html.toString();
    }

    private static String joined(String number, String title) {
        return title.isBlank() ? number : number + ". " + title;
    }
}
