package vn.gopy.search;

import vn.gopy.drafts.DraftCard;

/**
 * One draft found. {@code titleHtml} and {@code snippetHtml} are escaped text with the matched words in
 * {@code <mark>}, safe to show as HTML; the snippet comes from the summary or the impact summary, and is
 * empty when only the text of an article matched. {@code article} is the best matching article, or null.
 */
public record SearchHit(DraftCard draft, String titleHtml, String snippetHtml, ArticleHit article) {
}
