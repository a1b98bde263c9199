package vn.gopy.search;

/**
 * The article of a draft that best matches the words searched, to link straight to it
 * ({@code drafts/42/articles/Điều 12}). The HTML holds escaped text with the matched words in {@code <mark>}.
 */
public record ArticleHit(String label, String titleHtml, String snippetHtml) {
}
