package vn.gopy.drafts.ui.editor;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.drafts.ProcedureChange;
import vn.gopy.drafts.ProcedureChange.Change;

/** One administrative procedure that the draft adds, changes or removes. */
class ProcedureRow extends EditableRows.Row<ProcedureChange> {

    private final Select<Change> change = new Select<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();

    ProcedureRow(ProcedureChange procedure) {
        addClassName("procedure-row");
        change.setLabel(getTranslation("drafts.editor.procedure.change"));
        change.setItems(Change.values());
        change.setItemLabelGenerator(c -> getTranslation("drafts.procedure-change." + c.name()));
        name.setLabel(getTranslation("drafts.editor.procedure.name"));
        name.setMaxLength(300);
        description.setLabel(getTranslation("drafts.editor.procedure.description"));
        description.setMaxLength(2000);
        if (procedure != null) {
            change.setValue(procedure.changeType());
            name.setValue(procedure.name() == null ? "" : procedure.name());
            description.setValue(procedure.description() == null ? "" : procedure.description());
        } else {
            change.setValue(Change.ADDED);
        }
        change.addValueChangeListener(e -> changed());
        name.addValueChangeListener(e -> changed());
        description.addValueChangeListener(e -> changed());
        add(change, name, description, removeButton(getTranslation("drafts.editor.procedure.remove")));
    }

    @Override
    ProcedureChange value() {
        return new ProcedureChange(change.getValue(), name.getValue(), description.getValue());
    }

    @Override
    void focusFirstField() {
        change.focus();
    }
}
