package vn.gopy.drafts.ui;

import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * Builds the markup of a draft's text from its blocks. Every piece of text from the draft passes through
 * {@link Entities#escape}; the only markup is the fixed tags written here.
 */
final class TextMarkup {

    private static final Pattern CLAUSE = Pattern.compile("^\\d+[.)]\\s.*");
    private static final Pattern POINT = Pattern.compile("^[a-zđ]\\)\\s.*");
    private static final Pattern DASH = Pattern.compile("^[-–—•+]\\s.*");

    private TextMarkup() {
    }

    static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }

    /** A body with its line breaks as paragraphs; clauses, points and dashes get a class to indent them. */
    static String paragraphs(String body) {
        StringBuilder html = new StringBuilder();
        for (String line : (body == null ? "" : body).split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            html.append("<p").append(lineClass(text)).append('>').append(escape(text)).append("</p>");
        }
        return html.toString();
    }

    private static String lineClass(String line) {
        if (CLAUSE.matcher(line).matches()) {
            return " class=\"clause\"";
        }
        if (POINT.matcher(line).matches()) {
            return " class=\"point\"";
        }
        return DASH.matcher(line).matches() ? " class=\"dash\"" : "";
    }

    /**
     * An article's inside: its heading ("Điều 3." and title), a link that gives its address, and its body.
     * {@code linkLabel} names the link for screen readers ("Sao chép liên kết đến Điều 3").
     */
    static String article(String number, String title, String body, int headingLevel, String href,
            String linkLabel) {
        String h = "h" + headingLevel;
        StringBuilder html = new StringBuilder("<div class=\"article-head\"><").append(h)
                .append(" class=\"article-heading\"><span class=\"article-number\">").append(escape(number))
                .append("</span>");
        if (!title.isBlank()) {
            html.append(' ').append(escape(title));
        }
        html.append("</").append(h).append("><a class=\"article-link\" href=\"").append(escape(href))
                .append("\" aria-label=\"").append(escape(linkLabel)).append("\" title=\"").append(escape(linkLabel))
                .append("\"></a></div>");
        return html.append(paragraphs(body)).toString();
    }

    /** A chapter's or section's heading inside its h2/h3: the number on its own line, then the title. */
    static String heading(String number, String title) {
        String html = "<span class=\"heading-number\">" + escape(number) + "</span>";
        return title.isBlank() ? html : html + " <span class=\"heading-title\">" + escape(title) + "</span>";
    }

    /** Text outside the structure (the preamble, the closing): its title if any, then its paragraphs. */
    static String freeText(String title, String body) {
        String heading = title.isBlank() ? "" : "<p class=\"text-title\">" + escape(title) + "</p>";
        return heading + paragraphs(body);
    }
}
