package vn.gopy.search;

/**
 * A completion offered while typing: a draft, or one article of a draft when {@code articleLabel} is set.
 * {@code titleHtml} is the escaped title of the draft or article with the typed words in {@code <mark>}.
 */
public record Suggestion(long draftId, String draftTitle, String articleLabel, String titleHtml) {

    public boolean isArticle() {
        return articleLabel != null;
    }
}
