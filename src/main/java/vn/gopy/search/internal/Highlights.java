package vn.gopy.search.internal;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Highlighted fragments as the index returns them: the text HTML-escaped with the matched words in
 * {@code <mark>}. Cleaned once more here, so that only {@code <mark>} can ever reach a page.
 */
final class Highlights {

    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");
    private static final Document.OutputSettings AS_IS = new Document.OutputSettings().prettyPrint(false);

    private Highlights() {
    }

    static String first(Object fragments) {
        if (!(fragments instanceof List<?> list) || list.isEmpty()) {
            return "";
        }
        return Jsoup.clean(String.valueOf(list.getFirst()), "", MARKS_ONLY, AS_IS);
    }

    /** Plain text escaped for when nothing matched in it. */
    static String escaped(String text) {
        return text == null ? "" : org.jsoup.nodes.Entities.escape(text);
    }
}
