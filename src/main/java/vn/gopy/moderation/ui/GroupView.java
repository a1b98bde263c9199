package vn.gopy.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.common.NotFoundException;
import vn.gopy.moderation.FormLetterGroup;
import vn.gopy.moderation.ModerationDecisions;
import vn.gopy.moderation.ModerationQueue;
import vn.gopy.security.Role;

/**
 * One form-letter group: how many letters, the representative text, what varies between the letters (with how
 * many letters each), and a decision on all of its waiting letters at once.
 */
@Route("moderation/groups/:groupId([0-9]{1,18})")
@RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
@StyleSheet("styles/moderation.css")
public class GroupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ModerationQueue queue;
    private final ModerationDecisions decisions;
    private final H1 title = new H1();
    private final Div content = new Div();
    private final Paragraph status = new Paragraph();
    private FormLetterGroup group;

    GroupView(ModerationQueue queue, ModerationDecisions decisions) {
        this.queue = queue;
        this.decisions = decisions;
        addClassNames("page", "moderation-page", "group-page");
        status.getElement().setAttribute("role", "status");
        status.addClassName("queue-status");
        add(new Anchor(QueueAddress.PATH, getTranslation("moderation.group.back")), title, status, content);
    }

    static String address(long groupId) {
        return "moderation/groups/" + groupId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("groupId").orElseThrow();
        group = queue.group(id).orElseThrow(() -> new NotFoundException("Form-letter group " + id));
        show();
    }

    private void show() {
        title.setText(getTranslation("moderation.group.title", group.size()));
        long waiting = queue.count(new vn.gopy.moderation.QueueFilter(null, null, null, group.id(), null));
        content.removeAll();
        Paragraph waitingLine = new Paragraph(getTranslation("moderation.group.waiting", waiting));
        Section representative = new Section(new H2(getTranslation("moderation.group.representative")),
                ModerationFormats.paragraphs(group.representativeText(), "comment-text"));
        representative.addClassName("group-representative");
        Section variations = new Section(new H2(getTranslation("moderation.group.variations")));
        variations.addClassName("group-variations");
        if (group.variations().isEmpty()) {
            variations.add(new Paragraph(getTranslation("moderation.group.identical")));
        } else {
            UnorderedList list = new UnorderedList();
            group.variations().forEach(v -> {
                Span letters = new Span(getTranslation("moderation.group.in-letters", v.letters(), group.sampledLetters()));
                letters.addClassNames("badge", "group-badge");
                Span text = new Span(variation(v));
                text.addClassName("variation-text");
                list.add(new ListItem(letters, text));
            });
            variations.add(list);
        }
        Button approve = new Button(getTranslation("moderation.group.approve-confirm", waiting), e -> approve(waiting));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClassName("approve-group");
        Button reject = new Button(getTranslation("moderation.group.reject", waiting), e -> reject(waiting));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClassName("reject-group");
        Anchor inQueue = new Anchor(QueueAddress.of(QueueAddress.GROUP, group.id()), getTranslation("moderation.group.filter"));
        Div actions = new Div(approve, reject, inQueue);
        actions.addClassName("moderation-actions");
        actions.setVisible(waiting > 0);
        content.add(waitingLine, actions, representative, variations);
    }

    /** "At the start: “Kính gửi Bộ” instead of “Kính gửi”", as text (the words are the letters' own). */
    private String variation(FormLetterGroup.Variation v) {
        String place = getTranslation("moderation.group.place." + v.place().name());
        String change;
        if (v.representativeWords() == null || v.representativeWords().isBlank()) {
            change = getTranslation("moderation.group.added", v.letterWords());
        } else if (v.letterWords() == null || v.letterWords().isBlank()) {
            change = getTranslation("moderation.group.removed", v.representativeWords());
        } else {
            change = getTranslation("moderation.group.replaced", v.letterWords(), v.representativeWords());
        }
        return place + ": " + change;
    }

    private void approve(long waiting) {
        Confirmations.ask(this, getTranslation("moderation.group.approve-title"),
                getTranslation("moderation.group.approve-text", waiting),
                getTranslation("moderation.group.approve-confirm", waiting), () -> {
                    status.setText(Confirmations.told(this, decisions.approveGroup(group.id())));
                    show();
                });
    }

    private void reject(long waiting) {
        new RejectDialog(getTranslation("moderation.group.reject-title", waiting), (reason, note) -> {
            status.setText(Confirmations.told(this, decisions.rejectGroup(group.id(), reason, note)));
            show();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.group.page-title") + " · Gopy";
    }
}
