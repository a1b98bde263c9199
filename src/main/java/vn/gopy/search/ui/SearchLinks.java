package vn.gopy.search.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.router.QueryParameters;
import vn.gopy.search.CommentSearch;
import vn.gopy.search.SearchQuery;

/**
 * The addresses search leads to. Drafts and articles have the reading view's form
 * ({@code drafts/42/articles/12}, the article's number with {@code %20} for spaces), kept equal to the
 * drafts module's own links so that a link from a search result is the link people share.
 */
final class SearchLinks {

    static final String SEARCH = "search";

    /** An article may be named with its word ("Điều 12", "Article 12"); the address holds the number only. */
    private static final Pattern WORDED = Pattern.compile("^(?:điều|article)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SearchLinks() {
    }

    static String draft(long draftId) {
        return "drafts/" + draftId;
    }

    static String article(long draftId, String label) {
        return draft(draftId) + "/articles/"
                + URLEncoder.encode(articleNumber(label), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String search(SearchQuery query) {
        String parameters = new QueryParameters(query.toParameters()).getQueryString();
        return parameters.isEmpty() ? SEARCH : SEARCH + "?" + parameters;
    }

    static String search(CommentSearch query) {
        return SEARCH + "?" + new QueryParameters(query.toParameters()).getQueryString();
    }

    /** Where a comment is read: the comments of its article, or of the whole draft. */
    static String comments(long draftId, String articleLabel) {
        return (articleLabel == null ? draft(draftId) : article(draftId, articleLabel)) + "#comments";
    }

    static String articleNumber(String label) {
        Matcher worded = WORDED.matcher(label.strip());
        return worded.matches() ? worded.group(1).strip() : label.strip();
    }

    /** "Điều 12" as readers know it: the label as given when it has its word, else {@code word} and the number. */
    static String articleName(String label, String word) {
        String stripped = label.strip();
        return WORDED.matcher(stripped).matches() ? stripped : word + " " + stripped;
    }

    static Locale language(String code) {
        return "en".equals(code) ? Locale.ENGLISH : Locale.of("vi");
    }
}
