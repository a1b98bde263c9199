package vn.gopy.search;

/**
 * A completion offered while typing: a draft, or one article of a draft when {@code articleLabel} (its
 * number, as in {@code drafts/42/articles/12}) is set. {@code titleHtml} is the escaped title of the draft or
 * of the article (without its number) with the typed words in {@code <mark>}.
 */
public record Suggestion(long draftId, String draftTitle, String articleLabel, String titleHtml) {

    public boolean isArticle() {
        return articleLabel != null;
    }
}
