package vn.gopy.outreach.sharing.ui;

import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.dom.Element;

/** The plain HTML elements of the share panel: texts go in as text, never as markup. */
final class ShareElements {

    private static final AtomicLong IDS = new AtomicLong();

    private ShareElements() {
    }

    /** A native button: Enter and Space press it; {@code label} (when given) is the fuller name screen readers say. */
    static Element button(String className, String text, String label, String icon) {
        Element button = new Element("button").setAttribute("type", "button");
        button.getClassList().add("share-button");
        button.getClassList().add(className);
        if (label != null) {
            button.setAttribute("aria-label", label);
        }
        return withIcon(button, icon, text);
    }

    static Element link(String href, String classNames, String text, String label, String icon) {
        Element link = new Element("a").setAttribute("href", href).setAttribute("aria-label", label)
                // Not a view of the portal: Vaadin's router must let the browser follow it.
                .setAttribute("router-ignore", true);
        for (String name : classNames.split(" ")) {
            link.getClassList().add(name);
        }
        return withIcon(link, icon, text);
    }

    /** A line that screen readers announce when its text changes; empty (and not shown) until then. */
    static Element status() {
        Element status = new Element("p").setAttribute("role", "status").setAttribute("aria-live", "polite");
        status.getClassList().add(SharePanel.NOTICE_CLASS);
        return status;
    }

    /** A read-only text with its label, to copy by hand when the clipboard cannot be reached. */
    static Element copyableField(String className, String label, String value, int rows) {
        String id = className + "-" + IDS.incrementAndGet();
        Element field = new Element("textarea").setAttribute("id", id).setAttribute("readonly", true)
                .setAttribute("rows", String.valueOf(rows)).setAttribute("spellcheck", "false").setText(value);
        Element wrapper = new Element("div");
        wrapper.getClassList().add(className);
        wrapper.appendChild(new Element("label").setAttribute("for", id).setText(label), field);
        return wrapper;
    }

    /** Focuses and selects the field of {@link #copyableField}, so that Ctrl+C or a long press copies it. */
    static void select(Element copyable) {
        copyable.executeJs("const f = this.querySelector('textarea'); f.focus(); f.select();");
    }

    private static Element withIcon(Element element, String icon, String text) {
        if (icon != null) {
            element.appendChild(new Element("vaadin-icon").setAttribute("icon", icon).setAttribute("aria-hidden", "true"));
        }
        return element.appendChild(new Element("span").setText(text));
    }
}
