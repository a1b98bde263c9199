package vn.gopy.comments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.gopy.comments.Receipt;

/**
 * What the author sees once the comment is in: the tracking number, large and easy to copy, what happens
 * next, and the way to follow it. Announced to screen readers as it replaces the form.
 */
class ReceiptPanel extends Div {

    static final int CONFIRMATION_HOURS = 72;

    private static final String COPY = """
            const number = $0, status = $1;
            if (navigator.clipboard && window.isSecureContext) {
              navigator.clipboard.writeText(number).then(() => status.textContent = $2);
            } else {
              const range = document.createRange();
              range.selectNodeContents($3);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
            }
            """;

    ReceiptPanel(Receipt receipt) {
        addClassName("comment-receipt");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("tabindex", "-1");

        H2 title = new H2(getTranslation("comments.receipt.title"));
        Paragraph numberLabel = new Paragraph(getTranslation("comments.receipt.number"));
        numberLabel.addClassName("tracking-number-label");
        Span number = new Span(receipt.trackingNumber());
        number.addClassName("tracking-number");
        number.setId("tracking-number");
        Span copied = new Span();
        copied.addClassName("copy-status");
        Button copy = new Button(getTranslation("comments.receipt.copy"), VaadinIcon.COPY_O.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(e -> copy.getElement().executeJs(COPY, receipt.trackingNumber(), copied.getElement(),
                getTranslation("comments.receipt.copied"), number.getElement()));
        Div numberRow = new Div(number, copy, copied);
        numberRow.addClassName("tracking-number-row");
        add(title, numberLabel, numberRow);

        if (receipt.alreadySubmitted()) {
            Paragraph again = new Paragraph(getTranslation("comments.receipt.already"));
            again.addClassNames("notice", "already-submitted");
            add(again);
        }
        OrderedList next = new OrderedList(
                new ListItem(getTranslation("comments.receipt.next.mail", CONFIRMATION_HOURS)),
                new ListItem(getTranslation("comments.receipt.next.moderation")),
                new ListItem(getTranslation("comments.receipt.next.result")));
        next.addClassName("receipt-next");
        Anchor track = new Anchor(CommentLinks.track(receipt.trackingNumber()), getTranslation("comments.receipt.track"));
        track.addClassName("comment-button");
        add(new Paragraph(getTranslation("comments.receipt.next")), next,
                new Paragraph(getTranslation("comments.receipt.keep-number")), track);
        addAttachListener(e -> getElement().executeJs("this.focus()"));
    }
}
