package vn.gopy.outreach.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.drafts.DraftCard;
import vn.gopy.outreach.sharing.SharingLinks;

/**
 * Share buttons without any network's script: copying the link, the phone's own share sheet (which reaches Zalo,
 * whose only share button needs its SDK), Facebook's share page and a mail are plain links or a few lines of
 * browser API. Then the embed code and the poster. Every control has a visible name and a fuller one for screen
 * readers; the row wraps on a 360 px phone.
 */
@StyleSheet("styles/sharing.css")
class SharePanel extends Section {

    static final String NOTICE_CLASS = "share-notice";

    private final String address;
    private final Span notice = new Span();
    private final TextField fallback = new TextField();

    SharePanel(DraftCard draft, SharingLinks links) {
        this.address = links.draft(draft.id());
        addClassName("share-panel");
        getElement().setAttribute("aria-label", getTranslation("outreach.sharing.title"));
        status(notice);
        fallback.setLabel(getTranslation("outreach.sharing.address"));
        fallback.setReadOnly(true);
        fallback.setValue(address);
        fallback.addClassName("share-fallback");
        fallback.setVisible(false);

        Div buttons = new Div(copyButton(), zaloButton(draft.title()),
                link(links.facebook(draft.id()), VaadinIcon.FACEBOOK, "facebook", true),
                link(links.mail(draft.id(), draft.title(), getTranslation("outreach.sharing.email.body")),
                        VaadinIcon.ENVELOPE_O, "email", false));
        buttons.addClassName("share-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", getTranslation("outreach.sharing.title"));
        Anchor poster = link(links.poster(draft.id()), VaadinIcon.PRINT, "poster", true);
        add(buttons, poster, notice, fallback, embed(draft, links));
    }

    private Button copyButton() {
        Button copy = new Button(getTranslation("outreach.sharing.copy"), VaadinIcon.LINK.create());
        copy.addClassName("share-copy");
        copy.setAriaLabel(getTranslation("outreach.sharing.copy.label"));
        copy.addClickListener(e -> ClipboardActions.copy(this, address,
                () -> say("outreach.sharing.copied"), this::showAddress));
        return copy;
    }

    private Button zaloButton(String title) {
        Button zalo = new Button(getTranslation("outreach.sharing.zalo"), VaadinIcon.SHARE.create());
        zalo.addClassName("share-zalo");
        zalo.setAriaLabel(getTranslation("outreach.sharing.zalo.label"));
        zalo.addClickListener(e -> ClipboardActions.shareOrCopy(this, title, address,
                () -> say("outreach.sharing.zalo.fallback"), this::showAddress));
        return zalo;
    }

    /** A link that leaves the page: the networks' own share page opens in a new tab and learns nothing of this one. */
    private Anchor link(String href, VaadinIcon icon, String key, boolean newTab) {
        Anchor anchor = new Anchor(href, icon.create());
        anchor.add(new Span(getTranslation("outreach.sharing." + key)));
        anchor.addClassNames("share-link", "share-" + key);
        anchor.getElement().setAttribute("aria-label", getTranslation("outreach.sharing." + key + ".label"));
        anchor.setRouterIgnore(true);
        if (newTab) {
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
        }
        return anchor;
    }

    private Details embed(DraftCard draft, SharingLinks links) {
        TextArea code = new TextArea(getTranslation("outreach.sharing.embed.code"));
        code.setReadOnly(true);
        code.setValue(links.embedSnippet(draft.id(), getTranslation("outreach.sharing.embed.iframe-title", draft.title())));
        code.addClassName("share-embed-code");
        Span copied = status(new Span());
        Button copy = new Button(getTranslation("outreach.sharing.embed.copy"), VaadinIcon.CODE.create());
        copy.addClickListener(e -> ClipboardActions.copy(this, code.getValue(),
                () -> copied.setText(getTranslation("outreach.sharing.embed.copied")), () -> {
                    copied.setText(getTranslation("outreach.sharing.embed.fallback"));
                    code.getElement().executeJs("this.focus(); this.inputElement && this.inputElement.select()");
                }));
        Anchor preview = new Anchor(links.embed(draft.id()), getTranslation("outreach.sharing.embed.preview"));
        preview.setRouterIgnore(true);
        preview.setTarget(AnchorTarget.BLANK);
        preview.getElement().setAttribute("rel", "noopener");
        Details details = new Details(getTranslation("outreach.sharing.embed"),
                new Paragraph(getTranslation("outreach.sharing.embed.help")), code, new Div(copy, preview), copied);
        details.addClassName("share-embed");
        return details;
    }

    /** A line that screen readers announce when it changes. */
    private static Span status(Span span) {
        span.addClassName(NOTICE_CLASS);
        span.getElement().setAttribute("role", "status");
        span.getElement().setAttribute("aria-live", "polite");
        return span;
    }

    void say(String key) {
        fallback.setVisible(false);
        notice.setText(getTranslation(key));
    }

    /** The clipboard is out of reach (an old browser, no permission): the address is shown, selected, instead. */
    void showAddress() {
        notice.setText(getTranslation("outreach.sharing.copy.fallback"));
        fallback.setVisible(true);
        fallback.getElement().executeJs("this.focus(); this.inputElement && this.inputElement.select()");
    }
}
