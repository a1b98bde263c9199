package vn.gopy.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.gopy.mail.OutboxEntry;
import vn.gopy.mail.OutboxEntryText;

/** One message opened to be read, with its links clickable: how a developer without SMTP confirms a comment. */
class OutboxMessageDialog extends Dialog {

    OutboxMessageDialog(OutboxEntryText message, OutboxDates dates) {
        OutboxEntry entry = message.entry();
        addClassName("mail-message-dialog");
        setHeaderTitle(entry.subject());
        Div facts = new Div(
                fact("mail.outbox.recipient", entry.recipient()),
                fact("mail.outbox.created", dates.format(entry.createdAt())),
                fact("mail.outbox.state", OutboxStates.describe(this, entry, dates)));
        if (entry.lastError() != null) {
            facts.add(fact("mail.outbox.last-error", entry.lastError()));
        }
        facts.addClassName("mail-facts");
        add(facts, new PlainTextWithLinks(message.text()));
        Button close = new Button(getTranslation("common.close"), e -> close());
        getFooter().add(close);
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("mail-fact-label");
        Div fact = new Div(label, new Span(value));
        fact.addClassName("mail-fact");
        return fact;
    }
}
