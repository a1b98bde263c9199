package vn.gopy.mail.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A message's plain text as text, with its web addresses as links. Built from text nodes and anchors only,
 * never from HTML: the text holds what citizens typed, and it must not become markup here.
 */
class PlainTextWithLinks extends Div {

    /** The same addresses the mail's HTML part makes clickable; only http(s), so no "javascript:" link. */
    static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    PlainTextWithLinks(String text) {
        addClassName("mail-text");
        Matcher link = LINK.matcher(text);
        int shown = 0;
        while (link.find()) {
            if (link.start() > shown) {
                add(new Span(text.substring(shown, link.start())));
            }
            Anchor anchor = new Anchor(link.group(), link.group(), AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            add(anchor);
            shown = link.end();
        }
        if (shown < text.length()) {
            add(new Span(text.substring(shown)));
        }
    }
}
