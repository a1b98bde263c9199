package vn.gopy.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.gopy.mail.OutboxEntry;

/** What became of a message, in words and as a badge. */
final class OutboxStates {

    private OutboxStates() {
    }

    static String describe(Component in, OutboxEntry entry, OutboxDates dates) {
        return switch (entry.state()) {
            case WAITING -> in.getTranslation("mail.outbox.state.waiting");
            case SENT -> in.getTranslation("mail.outbox.state.sent", dates.format(entry.sentAt()));
            case RETRYING -> in.getTranslation("mail.outbox.state.retrying", entry.attempts(),
                    dates.format(entry.nextAttemptAt()));
        };
    }

    static Span badge(Component in, OutboxEntry entry) {
        String key = "mail.outbox.badge." + entry.state().name().toLowerCase();
        Span badge = new Span(entry.state() == OutboxEntry.State.RETRYING
                ? in.getTranslation(key, entry.attempts()) : in.getTranslation(key));
        badge.addClassNames("badge", "mail-" + entry.state().name().toLowerCase());
        return badge;
    }
}
