package vn.gopy.moderation.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import vn.gopy.comments.CommenterKind;
import vn.gopy.moderation.Choice;
import vn.gopy.moderation.Flag;
import vn.gopy.moderation.QueueFilter;

/**
 * The queue's filters: draft, agency, flag, who commented, and the form-letter group when one is chosen
 * (from a group's link). Keys typed here stay here, so that choosing a filter never approves a comment.
 */
class QueueFilters extends Div {

    private final Select<Choice> draft = new Select<>();
    private final Select<Choice> agency = new Select<>();
    private final Select<Flag> flag = new Select<>();
    private final Select<CommenterKind> kind = new Select<>();
    private final Button group = new Button();
    private final Consumer<QueueFilter> changed;
    private Long groupId;
    /** True while the filters show the address's values: only the moderator's own choices change the address. */
    private boolean showing;

    QueueFilters(List<Choice> drafts, List<Choice> agencies, Consumer<QueueFilter> changed) {
        this.changed = changed;
        addClassName("moderation-filters");
        getElement().setAttribute("role", "search");
        choices(draft, "moderation.filter.draft", drafts);
        choices(agency, "moderation.filter.agency", agencies);
        flag.setLabel(getTranslation("moderation.filter.flag"));
        flag.setItems(Flag.values());
        flag.setEmptySelectionAllowed(true);
        flag.setEmptySelectionCaption(getTranslation("moderation.filter.any"));
        flag.setItemLabelGenerator(f -> f == null ? getTranslation("moderation.filter.any")
                : getTranslation("moderation.flag." + f.name()));
        kind.setLabel(getTranslation("moderation.filter.kind"));
        kind.setItems(CommenterKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("moderation.filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("moderation.filter.any")
                : getTranslation("comments.kind." + k.name()));
        group.setIcon(VaadinIcon.CLOSE_SMALL.create());
        group.setIconAfterText(true);
        group.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        group.addClickListener(e -> {
            groupId = null;
            changed.accept(filter());
        });
        for (Select<?> select : List.of(draft, agency, flag, kind)) {
            select.addValueChangeListener(e -> {
                if (!showing) {
                    changed.accept(filter());
                }
            });
        }
        add(draft, agency, flag, kind, group);
        getElement().executeJs("this.addEventListener('keydown', e => e.stopPropagation())");
    }

    private void choices(Select<Choice> select, String label, List<Choice> items) {
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("moderation.filter.any"));
        select.setItemLabelGenerator(c -> c == null ? getTranslation("moderation.filter.any") : c.name());
    }

    void show(QueueFilter filter) {
        showing = true;
        draft.setValue(find(draft, filter.draftId()));
        agency.setValue(find(agency, filter.agencyId()));
        flag.setValue(filter.flag());
        kind.setValue(filter.kind());
        groupId = filter.groupId();
        group.setVisible(groupId != null);
        group.setText(groupId == null ? "" : getTranslation("moderation.filter.group", groupId));
        group.setAriaLabel(groupId == null ? null : getTranslation("moderation.filter.group-clear", groupId));
        showing = false;
    }

    QueueFilter filter() {
        return new QueueFilter(id(draft.getValue()), id(agency.getValue()), flag.getValue(), groupId, kind.getValue());
    }

    private static Choice find(Select<Choice> select, Long id) {
        if (id == null) {
            return null;
        }
        return select.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    private static Long id(Choice choice) {
        return choice == null ? null : choice.id();
    }
}
