package vn.gopy.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Text someone typed (a comment, a drafter's explanation) shown as paragraphs, one per line: each paragraph's
 * text is set as text, so markup in it is shown, never run.
 */
public final class PlainParagraphs {

    private PlainParagraphs() {
    }

    public static Div of(String text, String className) {
        Div body = new Div();
        body.addClassName(className);
        for (String paragraph : (text == null ? "" : text).split("\n")) {
            if (!paragraph.isBlank()) {
                body.add(new Paragraph(paragraph.strip()));
            }
        }
        return body;
    }
}
