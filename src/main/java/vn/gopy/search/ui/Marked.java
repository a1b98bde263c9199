package vn.gopy.search.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Text from the index with the matched words in {@code <mark>}. The core escapes it already; it is cleaned
 * again here so that nothing but text and marks can ever reach the page, whatever the index holds.
 */
final class Marked {

    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Marked() {
    }

    static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, "", MARKS_ONLY, COMPACT);
    }

    /** {@code html} inside a {@code <tag class="className">}, for a title, a snippet or a suggestion. */
    static Html in(String tag, String className, String html) {
        return new Html("<" + tag + " class=\"" + className + "\">" + clean(html) + "</" + tag + ">");
    }

    /**
     * An article's title without its number in front ("5. Nhà ở xã hội" → "Nhà ở xã hội"): the page puts
     * "Điều 5." before it in the reader's words, and the number should not show twice.
     */
    static String withoutLabel(String html, String label) {
        if (html == null || label == null || label.isBlank()) {
            return html;
        }
        String number = Pattern.quote(SearchLinks.articleNumber(label));
        return html.replaceFirst("^\\s*(?:<mark>)?(?:(?i:điều|article)\\s+)?" + number + "(?:</mark>)?(?:\\.\\s*|\\s+|$)", "");
    }

    static boolean isBlank(String html) {
        return html == null || Jsoup.parse(html).text().isBlank();
    }
}
