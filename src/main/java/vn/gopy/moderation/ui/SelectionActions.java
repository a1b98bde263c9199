package vn.gopy.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.gopy.moderation.ModerationDecisions;
import vn.gopy.moderation.QueueItem;

/** Approve or reject every selected comment at once, after a confirmation that says how many. */
class SelectionActions extends Div {

    private final QueueList list;
    private final ModerationDecisions decisions;
    private final Runnable afterwards;
    private final Span selected = new Span();
    private final Button approve = new Button();
    private final Button reject = new Button();

    SelectionActions(QueueList list, ModerationDecisions decisions, Runnable afterwards) {
        this.list = list;
        this.decisions = decisions;
        this.afterwards = afterwards;
        addClassName("selection-actions");
        selected.getElement().setAttribute("aria-live", "polite");
        approve.addClassName("approve-selected");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> approveSelected());
        reject.addClassName("reject-selected");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> rejectSelected());
        add(selected, approve, reject);
        list.addSelectionListener(e -> update());
        update();
    }

    private void update() {
        int n = list.selected().size();
        selected.setText(getTranslation("moderation.selection.count", n));
        approve.setText(getTranslation("moderation.selection.approve", n));
        reject.setText(getTranslation("moderation.selection.reject", n));
        approve.setEnabled(n > 0);
        reject.setEnabled(n > 0);
    }

    private List<Long> ids() {
        return list.selected().stream().map(QueueItem::id).toList();
    }

    void approveSelected() {
        List<Long> ids = ids();
        Confirmations.ask(this, getTranslation("moderation.selection.approve-title"),
                getTranslation("moderation.selection.approve-text", ids.size()),
                getTranslation("moderation.selection.approve", ids.size()), () -> {
                    Confirmations.told(this, decisions.approveAll(ids));
                    done();
                });
    }

    void rejectSelected() {
        List<Long> ids = ids();
        new RejectDialog(getTranslation("moderation.selection.reject-title", ids.size()), (reason, note) -> {
            Confirmations.told(this, decisions.rejectAll(ids, reason, note));
            done();
        }).open();
    }

    private void done() {
        list.deselectAll();
        afterwards.run();
    }
}
