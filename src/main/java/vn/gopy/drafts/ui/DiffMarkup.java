package vn.gopy.drafts.ui;

import vn.gopy.drafts.VersionComparison.ArticleChange;
import vn.gopy.drafts.VersionComparison.Change;
import vn.gopy.drafts.VersionComparison.Segment;

/**
 * The markup of one compared article: removed words in {@code <del>}, added words in {@code <ins>}, each
 * announced to screen readers by a hidden word, and struck through or underlined on screen (never colour
 * alone). Every text from the draft is escaped.
 */
final class DiffMarkup {

    /** The words that tell, in the reader's language, where removed and added text starts. */
    record Words(String removed, String added) {
    }

    private DiffMarkup() {
    }

    static String title(ArticleChange change, Words words) {
        String oldTitle = change.oldTitle() == null ? "" : change.oldTitle();
        String newTitle = change.newTitle() == null ? "" : change.newTitle();
        if (change.change() != Change.CHANGED || oldTitle.equals(newTitle)) {
            return TextMarkup.escape(change.title());
        }
        StringBuilder html = new StringBuilder();
        if (!oldTitle.isEmpty()) {
            html.append(removed(oldTitle, words)).append(' ');
        }
        return newTitle.isEmpty() ? html.toString() : html.append(added(newTitle, words)).toString();
    }

    static String body(ArticleChange change, Words words) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : change.segments()) {
            html.append(switch (segment.op()) {
                case SAME -> TextMarkup.escape(segment.text());
                case REMOVED -> removed(segment.text(), words);
                case ADDED -> added(segment.text(), words);
            });
        }
        return html.toString();
    }

    private static String removed(String text, Words words) {
        return "<del><span class=\"visually-hidden\">" + TextMarkup.escape(words.removed()) + " </span>"
                + TextMarkup.escape(text) + "</del>";
    }

    private static String added(String text, Words words) {
        return "<ins><span class=\"visually-hidden\">" + TextMarkup.escape(words.added()) + " </span>"
                + TextMarkup.escape(text) + "</ins>";
    }
}
