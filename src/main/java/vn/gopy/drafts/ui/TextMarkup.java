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
    private static final String LINK_ICON = "<svg aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 24 24\""
            + " width=\"18\" height=\"18\"><path fill=\"currentColor\" d=\"M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1"
            + " 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0zM8.5 20a4.5 4.5 0 0 1-3.2-7.7l2.5-2.5a1 1 0 1 1 1.4 1.4l-2.5 2.5a2.5"
            + " 2.5 0 0 0 3.5 3.5l2.5-2.5a1 1 0 1 1 1.4 1.4l-2.5 2.5A4.5 4.5 0 0 1 8.5 20zm7.1-5.4a1 1 0 0 1-.7-1.7l2.5"
            + "-2.5a2.5 2.5 0 0 0-3.5-3.5l-2.5 2.5a1 1 0 1 1-1.4-1.4l2.5-2.5a4.5 4.5 0 0 1 6.4 6.4l-2.5 2.5a1 1 0 0 1-.8"
            + ".2z\"/></svg>";

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
                .append("\">").append(LINK_ICON).append("</a></div>");
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
