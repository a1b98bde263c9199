package vn.gopy.outreach.reach.ui;

import java.text.NumberFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.outreach.reach.ChannelReach;
import vn.gopy.outreach.reach.ShortLinks;

/** One channel: its kind and name, its short link to copy, its QR code to download, and its counts. */
class ChannelCard extends Article {

    private static final String COPY = """
            if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText($0); }
            else { $1.focus(); $1.inputElement.select(); }""";

    final Button remove = new Button();

    ChannelCard(long draftId, ChannelReach channel, Runnable onRemove) {
        addClassName("reach-channel");
        if (channel.retired()) {
            addClassName("retired");
        }
        Span kind = new Span(getTranslation("outreach.reach.kind." + channel.kind()));
        kind.addClassName("badge");
        Div heading = new Div(new H3(channel.name()), kind);
        heading.addClassName("reach-channel-heading");
        if (channel.retired()) {
            Span retired = new Span(getTranslation("outreach.reach.channel.retired"));
            retired.addClassNames("badge", "retired-badge");
            heading.add(retired);
        }
        add(heading);
        if (channel.note() != null) {
            Paragraph note = new Paragraph(channel.note());
            note.addClassName("muted");
            add(note);
        }
        add(numbers(channel));
        if (!channel.retired()) {
            add(link(draftId, channel));
            remove.setText(getTranslation("outreach.reach.channel.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClickListener(e -> confirm(channel, onRemove));
            add(remove);
        }
    }

    private Div numbers(ChannelReach channel) {
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMaximumFractionDigits(1);
        String rate = channel.commentsPer100Visits() == null ? "–" : one.format(channel.commentsPer100Visits());
        Div numbers = new Div(number("visits", String.valueOf(channel.visits())),
                number("comments", String.valueOf(channel.confirmedComments())), number("rate", rate));
        numbers.addClassName("reach-numbers");
        return numbers;
    }

    private Div number(String what, String value) {
        Span figure = new Span(value);
        figure.addClassName("reach-number-" + what);
        Div number = new Div(figure, new Span(getTranslation("outreach.reach.channel." + what)));
        number.addClassName("reach-number");
        return number;
    }

    private Div link(long draftId, ChannelReach channel) {
        TextField address = new TextField(getTranslation("outreach.reach.channel.link"));
        address.setValue(channel.shortLink());
        address.setReadOnly(true);
        address.addClassName("reach-short-link");
        Button copy = new Button(getTranslation("outreach.reach.channel.copy"),
                e -> getElement().executeJs(COPY, channel.shortLink(), address.getElement()));
        copy.addThemeVariants(ButtonVariant.SMALL);
        Image qr = new Image(ShortLinks.qrPath(channel.code(), "svg"),
                getTranslation("outreach.reach.channel.qr-alt", channel.name()));
        qr.addClassName("reach-qr");
        Anchor png = download(channel.code(), "png");
        Anchor svg = download(channel.code(), "svg");
        Anchor poster = new Anchor(ShortLinks.posterPath(draftId, channel.code()),
                getTranslation("outreach.reach.channel.poster"));
        poster.setTarget("_blank");
        poster.setRouterIgnore(true);
        poster.addClassName("reach-poster");
        Div downloads = new Div(png, svg, poster);
        downloads.addClassName("reach-qr-downloads");
        Div link = new Div(new Div(address, copy), qr, downloads);
        link.addClassName("reach-link");
        return link;
    }

    private Anchor download(String code, String extension) {
        Anchor anchor = new Anchor(ShortLinks.qrPath(code, extension),
                getTranslation("outreach.reach.channel.qr-" + extension));
        anchor.getElement().setAttribute("download", "gopy-" + code + "." + extension);
        anchor.setRouterIgnore(true);
        return anchor;
    }

    private void confirm(ChannelReach channel, Runnable onRemove) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("reach-remove-dialog");
        dialog.setHeader(getTranslation("outreach.reach.remove.title", channel.name()));
        dialog.setText(getTranslation(channel.visits() + channel.confirmedComments() > 0
                ? "outreach.reach.remove.retire" : "outreach.reach.remove.delete"));
        dialog.setConfirmText(getTranslation("outreach.reach.channel.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addConfirmListener(e -> onRemove.run());
        dialog.open();
    }
}
