package vn.gopy.outreach.sharing.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import vn.gopy.drafts.DraftCard;
import vn.gopy.outreach.sharing.SharingLinks;

/**
 * Share buttons without any network's script: copying the link, the phone's own share sheet (which reaches Zalo,
 * whose only share button needs its SDK), Facebook's share page and a mail are plain links or a few lines of
 * browser API. Then the poster and the embed code. Plain HTML elements, not components: native buttons, links
 * and a {@code <details>} work with the keyboard as they are, and the draft page of a long law stays light.
 */
@StyleSheet("styles/sharing.css")
class SharePanel extends Section {

    static final String NOTICE_CLASS = "share-notice";

    private final String address;
    private final Element notice = ShareElements.status();
    private final Element fallback;

    SharePanel(DraftCard draft, SharingLinks links) {
        this.address = links.draft(draft.id());
        addClassName("share-panel");
        getElement().setAttribute("aria-label", getTranslation("outreach.sharing.title"));
        Element buttons = new Element("div").setAttribute("role", "group")
                .setAttribute("aria-label", getTranslation("outreach.sharing.title"));
        buttons.getClassList().add("share-buttons");
        buttons.appendChild(copyButton(), zaloButton(draft.title()),
                link(links.facebook(draft.id()), "vaadin:facebook", "facebook", true),
                link(links.mail(draft.id(), draft.title(), getTranslation("outreach.sharing.email.body")),
                        "vaadin:envelope-o", "email", false));
        fallback = ShareElements.copyableField("share-address", getTranslation("outreach.sharing.address"), address, 1);
        fallback.setAttribute("hidden", true);
        getElement().appendChild(buttons, link(links.poster(draft.id()), "vaadin:print", "poster", true), notice,
                fallback, embed(draft, links));
    }

    private Element copyButton() {
        Element copy = ShareElements.button("share-copy", getTranslation("outreach.sharing.copy"),
                getTranslation("outreach.sharing.copy.label"), "vaadin:link");
        copy.addEventListener("click", e -> ClipboardActions.copy(this, address,
                () -> say("outreach.sharing.copied"), this::showAddress));
        return copy;
    }

    private Element zaloButton(String title) {
        Element zalo = ShareElements.button("share-zalo", getTranslation("outreach.sharing.zalo"),
                getTranslation("outreach.sharing.zalo.label"), "vaadin:share");
        zalo.addEventListener("click", e -> ClipboardActions.shareOrCopy(this, title, address,
                () -> say("outreach.sharing.zalo.fallback"), this::showAddress));
        return zalo;
    }

    /** A link that leaves the page; the networks' share page opens in a new tab and learns nothing of this one. */
    private Element link(String href, String icon, String key, boolean newTab) {
        Element link = ShareElements.link(href, "share-link share-" + key, getTranslation("outreach.sharing." + key),
                getTranslation("outreach.sharing." + key + ".label"), icon);
        if (newTab) {
            link.setAttribute("target", "_blank").setAttribute("rel", "noopener noreferrer");
        }
        return link;
    }

    private Element embed(DraftCard draft, SharingLinks links) {
        String snippet = links.embedSnippet(draft.id(),
                getTranslation("outreach.sharing.embed.iframe-title", draft.title()));
        Element code = ShareElements.copyableField("share-embed-code", getTranslation("outreach.sharing.embed.code"),
                snippet, 4);
        Element copied = ShareElements.status();
        Element copy = ShareElements.button("share-embed-copy", getTranslation("outreach.sharing.embed.copy"), null,
                "vaadin:code");
        copy.addEventListener("click", e -> ClipboardActions.copy(this, snippet,
                () -> copied.setText(getTranslation("outreach.sharing.embed.copied")), () -> {
                    copied.setText(getTranslation("outreach.sharing.embed.fallback"));
                    ShareElements.select(code);
                }));
        Element preview = ShareElements.link(links.embed(draft.id()), "share-embed-preview",
                getTranslation("outreach.sharing.embed.preview"), getTranslation("outreach.sharing.embed.preview")
                        + " " + getTranslation("outreach.sharing.new-tab"), null)
                .setAttribute("target", "_blank").setAttribute("rel", "noopener");
        Element actions = new Element("div");
        actions.appendChild(copy, preview);
        Element details = new Element("details");
        details.getClassList().add("share-embed");
        details.appendChild(new Element("summary").setText(getTranslation("outreach.sharing.embed")),
                new Element("p").setText(getTranslation("outreach.sharing.embed.help")), code, actions, copied);
        return details;
    }

    void say(String key) {
        fallback.setAttribute("hidden", true);
        notice.setText(getTranslation(key));
    }

    /** The clipboard is out of reach (an old browser, no permission): the address is shown, selected, instead. */
    void showAddress() {
        notice.setText(getTranslation("outreach.sharing.copy.fallback"));
        fallback.removeAttribute("hidden");
        ShareElements.select(fallback);
    }
}
