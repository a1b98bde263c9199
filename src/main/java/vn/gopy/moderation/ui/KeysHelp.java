package vn.gopy.moderation.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;

/** The keys of the queue, always on screen, so that no one has to guess or remember them. */
class KeysHelp extends Div {

    /** Each key (as printed on it) with what it does. */
    private static final String[][] KEYS = {
            {"A", "moderation.key.approve"}, {"R", "moderation.key.reject"}, {"J / ↓", "moderation.key.next"},
            {"K / ↑", "moderation.key.previous"}, {"X", "moderation.key.select"}, {"G", "moderation.key.group"},
            {"M", "moderation.key.mask"}};

    KeysHelp() {
        addClassName("keys-help");
        getElement().setAttribute("role", "note");
        getElement().setAttribute("aria-label", getTranslation("moderation.keys.label"));
        for (String[] key : KEYS) {
            Span entry = new Span();
            entry.addClassName("key-entry");
            entry.getElement().appendChild(ModerationFormats.kbd(key[0]));
            entry.add(" " + getTranslation(key[1]));
            add(entry);
        }
    }
}
