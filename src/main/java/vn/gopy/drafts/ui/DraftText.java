package vn.gopy.drafts.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.DraftPage;
import vn.gopy.drafts.TextBlockView;

/**
 * A draft's text: chapters, sections and articles, one light element each (a 260-article law stays fast
 * on a phone). Each article has its own id and a link with its address; the words "Điều", "Chương" and
 * "Mục" follow the document's language, not the reader's.
 */
class DraftText extends Div {

    /** Copies an article's address instead of following it, where the browser allows; else the link opens it. */
    private static final String COPY_LINKS = """
            if (this.$copyLinks) { return; }
            this.$copyLinks = true;
            const status = this.querySelector('.copy-status');
            this.addEventListener('click', e => {
              const link = e.target.closest('a.article-link');
              if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) { return; }
              if (!navigator.clipboard || !window.isSecureContext) { return; }
              e.preventDefault();
              e.stopPropagation();
              navigator.clipboard.writeText(link.href).then(() => {
                link.dataset.copied = $0;
                link.classList.add('copied');
                status.textContent = $0;
                setTimeout(() => { link.classList.remove('copied'); status.textContent = ''; }, 2500);
              }, () => window.location.assign(link.href));
            });
            """;

    /**
     * Scrolls to the article once it is really on the page: on a first visit the router inserts the view
     * after this runs, so it waits (a few seconds at most) for the element to be connected and laid out.
     */
    private static final String SCROLL_TO = """
            const article = this;
            const scroll = tries => {
              if (article.isConnected && article.offsetHeight > 0) {
                requestAnimationFrame(() => {
                  article.scrollIntoView({block: 'start'});
                  article.focus({preventScroll: true});
                });
              } else if (tries > 0) {
                setTimeout(() => scroll(tries - 1), 50);
              }
            };
            scroll(100);
            """;

    private final Map<String, HtmlBlock> articles = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private HtmlBlock targeted;
    private String targetedLabel;

    /** {@code afterArticle} gives, for an article's label, markup that other modules add below it. */
    DraftText(DraftPage page, Integer shownVersion, UnaryOperator<String> afterArticle) {
        addClassName("draft-text");
        String language = page.card().language() == null ? "vi" : page.card().language();
        getElement().setAttribute("lang", language);
        Locale documentLocale = Locale.of(language);
        boolean hasSections = page.blocks().stream().anyMatch(b -> b.kind() == BlockKind.SECTION);
        int articleLevel = hasSections ? 5 : 4;
        for (TextBlockView block : page.blocks()) {
            String number = getTranslation(documentLocale, "drafts.block-kind." + block.kind().name()) + " "
                    + block.label();
            HtmlBlock element = switch (block.kind()) {
                case CHAPTER -> new HtmlBlock("h3", TextMarkup.heading(number, block.title()));
                case SECTION -> new HtmlBlock("h4", TextMarkup.heading(number, block.title()));
                case TEXT -> new HtmlBlock("div", TextMarkup.freeText(block.title(), block.body()));
                case ARTICLE -> new HtmlBlock("section", TextMarkup.article(number + ".", block.title(), block.body(),
                        articleLevel, DraftLinks.article(page.card().id(), block.label(), shownVersion),
                        getTranslation("drafts.page.copy-link", number)) + afterArticle.apply(block.label()));
            };
            element.setId(block.anchor());
            element.addClassName("block-" + block.kind().name().toLowerCase(Locale.ROOT));
            if (block.isArticle()) {
                articles.putIfAbsent(block.label().toLowerCase(Locale.ROOT), element);
                labels.putIfAbsent(block.label().toLowerCase(Locale.ROOT), block.label());
            }
            add(element);
        }
        Span copyStatus = new Span();
        copyStatus.addClassNames("copy-status", "visually-hidden");
        copyStatus.getElement().setAttribute("aria-live", "polite");
        add(copyStatus);
        addAttachListener(e -> getElement().executeJs(COPY_LINKS, getTranslation("drafts.page.link-copied")));
    }

    /** The label of the article marked now, as the draft writes it; null when none is. */
    String targetedLabel() {
        return targeted == null ? null : targetedLabel;
    }

    /**
     * Marks the article with this label and scrolls it into view once the page is drawn; none if null.
     */
    void target(String label) {
        if (targeted != null) {
            targeted.removeClassName("is-target");
            targeted.getElement().removeAttribute("tabindex");
            targeted = null;
        }
        targeted = label == null ? null : articles.get(label.toLowerCase(Locale.ROOT));
        targetedLabel = targeted == null ? null : labels.get(label.toLowerCase(Locale.ROOT));
        if (targeted != null) {
            targeted.addClassName("is-target");
            // Focus follows, so that keyboard and screen reader users continue from the article too.
            targeted.getElement().setAttribute("tabindex", "-1");
            targeted.getElement().executeJs(SCROLL_TO);
        }
    }
}
