package vn.gopy.search.ui;

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

    static boolean isBlank(String html) {
        return html == null || Jsoup.parse(html).text().isBlank();
    }
}
