package vn.gopy.drafts;

import java.util.Locale;

/** A block of a published text as readers see it. Articles and headings have an anchor for links. */
public record TextBlockView(long id, BlockKind kind, String label, String title, String body) {

    public boolean isArticle() {
        return kind == BlockKind.ARTICLE;
    }

    /** The element id an article or heading gets on the page: "article-12", "chapter-iv", "section-2". */
    public String anchor() {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return switch (kind) {
            case ARTICLE -> "article-" + slug;
            case CHAPTER -> "chapter-" + slug;
            case SECTION -> "section-" + id;
            case TEXT -> "text-" + id;
        };
    }
}
