package vn.gopy.search;

/**
 * The article of a draft that best matches the words searched, to link straight to it: {@code label} is its
 * number as in its address ({@code drafts/42/articles/12}), {@code titleHtml} its title without the number.
 * The HTML holds escaped text with the matched words in {@code <mark>}.
 */
public record ArticleHit(String label, String titleHtml, String snippetHtml) {
}
