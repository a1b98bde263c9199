package vn.gopy.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.comments.AlreadyDecidedException;
import vn.gopy.moderation.ModerationDecisions;
import vn.gopy.moderation.ModerationQueue;
import vn.gopy.moderation.QueueFilter;
import vn.gopy.moderation.QueueItem;
import vn.gopy.security.Role;
import vn.gopy.shell.Notices;

/**
 * The moderators' queue: one comment at a time, oldest first, with the article beside it, decided by a key
 * (the keys are on screen), then the next one; below, the whole queue, page by page, for decisions on a
 * selection. Filters live in the address. When another moderator was first, the queue says so and moves on.
 */
@Route("moderation")
@RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
@Menu(title = "moderation.menu", order = 20)
@StyleSheet("styles/moderation.css")
public class ModerationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ModerationQueue queue;
    private final ModerationDecisions decisions;
    private final QueueFilters filters;
    private final CommentPanel panel = new CommentPanel();
    private final QueueList list;
    private final Paragraph count = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div actions = new Div();
    private final Button approveGroup = new Button();
    private final SelectionActions selection;
    private QueueFilter filter = QueueFilter.any();
    private int position;
    private long total;
    private QueueItem current;

    ModerationView(ModerationQueue queue, ModerationDecisions decisions) {
        this.queue = queue;
        this.decisions = decisions;
        addClassNames("page", "moderation-page");
        filters = new QueueFilters(queue.draftsWithWaiting(), queue.agenciesWithWaiting(),
                f -> getUI().ifPresent(ui -> ui.navigate(ModerationView.class, QueueAddress.parameters(f))));
        list = new QueueList(this::showAt);
        selection = new SelectionActions(list, decisions, this::reload);
        count.addClassName("queue-count");
        status.addClassName("queue-status");
        status.getElement().setAttribute("role", "status");

        actions.addClassName("moderation-actions");
        actions.add(button("moderation.action.approve", "A", this::approve, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS),
                button("moderation.action.reject", "R", this::reject, ButtonVariant.LUMO_ERROR),
                button("moderation.action.previous", "K", this::previous),
                button("moderation.action.next", "J", this::next),
                button("moderation.action.select", "X", this::toggleSelected));
        approveGroup.addClickListener(e -> approveGroup());
        approveGroup.getElement().setAttribute("aria-keyshortcuts", "G");
        actions.add(approveGroup);

        keys();
        H2 listTitle = new H2(getTranslation("moderation.list.title"));
        add(new H1(getTranslation("moderation.title")), filters, count, new KeysHelp(), status, panel, actions,
                listTitle, selection, list);
    }

    private Button button(String key, String shortcut, Command action, ButtonVariant... variants) {
        Button button = new Button(getTranslation(key), e -> action.execute());
        button.addThemeVariants(variants);
        button.getElement().setAttribute("aria-keyshortcuts", shortcut);
        button.addClassName("action-" + key.substring(key.lastIndexOf('.') + 1));
        return button;
    }

    private void keys() {
        Shortcuts.addShortcutListener(this, this::approve, Key.KEY_A);
        Shortcuts.addShortcutListener(this, this::reject, Key.KEY_R);
        Shortcuts.addShortcutListener(this, this::next, Key.KEY_J);
        Shortcuts.addShortcutListener(this, this::next, Key.ARROW_DOWN);
        Shortcuts.addShortcutListener(this, this::previous, Key.KEY_K);
        Shortcuts.addShortcutListener(this, this::previous, Key.ARROW_UP);
        Shortcuts.addShortcutListener(this, this::toggleSelected, Key.KEY_X);
        Shortcuts.addShortcutListener(this, this::approveGroup, Key.KEY_G);
        Shortcuts.addShortcutListener(this, () -> panel.maskEditor().maskSelection(), Key.KEY_M);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = QueueAddress.filter(event.getLocation().getQueryParameters());
        filters.show(filter);
        list.show(queue, filter);
        position = 0;
        reload();
    }

    /** Reads the queue again (after a decision the same place holds the next comment). */
    void reload() {
        total = queue.count(filter);
        count.setText(getTranslation("moderation.queue.count", total));
        list.refresh();
        showAt(position);
    }

    void showAt(int at) {
        position = (int) Math.clamp(at, 0, Math.max(0, total - 1));
        List<QueueItem> here = total == 0 ? List.of() : queue.waiting(filter, position, 1).items();
        current = here.isEmpty() ? null : here.getFirst();
        panel.show(current);
        list.markCurrent(current, position);
        actions.setVisible(current != null);
        boolean grouped = current != null && current.groupId() != null;
        approveGroup.setVisible(grouped);
        if (grouped) {
            approveGroup.setText(getTranslation("moderation.action.approve-group", current.groupSize()));
        }
    }

    void next() {
        if (position < total - 1) {
            showAt(position + 1);
        }
    }

    void previous() {
        if (position > 0) {
            showAt(position - 1);
        }
    }

    void approve() {
        if (current != null) {
            long id = current.id();
            decide(() -> decisions.approve(id, panel.masks()), "moderation.done.approved");
        }
    }

    void reject() {
        if (current != null) {
            long id = current.id();
            new RejectDialog(getTranslation("moderation.reject.title", current.comment().trackingNumber()),
                    (reason, note) -> decide(() -> decisions.reject(id, reason, note), "moderation.done.rejected")).open();
        }
    }

    void toggleSelected() {
        if (current != null) {
            list.toggle(current);
        }
    }

    void approveGroup() {
        if (current == null || current.groupId() == null) {
            return;
        }
        long groupId = current.groupId();
        Confirmations.ask(this, getTranslation("moderation.group.approve-title"),
                getTranslation("moderation.group.approve-text", current.groupSize()),
                getTranslation("moderation.group.approve-confirm", current.groupSize()), () -> {
                    status.setText(Confirmations.told(this, decisions.approveGroup(groupId)));
                    reload();
                });
    }

    /** Takes one decision; the service's verdict on the input goes back to the dialog that asked. */
    private void decide(Runnable decision, String doneKey) {
        String number = current.comment().trackingNumber();
        list.deselect(current);
        try {
            decision.run();
            status.setText(getTranslation(doneKey, number));
        } catch (AlreadyDecidedException e) {
            status.setText(getTranslation("moderation.already-decided", number));
            Notices.error(status.getText());
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " · Gopy";
    }
}
