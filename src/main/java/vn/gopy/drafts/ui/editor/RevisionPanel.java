package vn.gopy.drafts.ui.editor;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.gopy.common.InvalidInputException;
import vn.gopy.shell.FieldErrors;

/** Ends a revision in progress: publish it with a note on what changed, or throw it away. */
class RevisionPanel extends Div {

    /** What the text tab does for this panel; publishing saves the editor's unsaved text first. */
    interface Actions {
        void publishRevision(String changeNote);

        void discardRevision();
    }

    private final TextArea changeNote = new TextArea();

    RevisionPanel(int versionNumber, Actions actions) {
        addClassName("revision-panel");
        Paragraph explanation = new Paragraph(getTranslation("drafts.editor.revision.explanation", versionNumber));
        changeNote.setLabel(getTranslation("drafts.editor.revision.change-note"));
        changeNote.setHelperText(getTranslation("drafts.editor.revision.change-note.help"));
        changeNote.setMaxLength(2000);
        changeNote.setRequiredIndicatorVisible(true);
        changeNote.setManualValidation(true);
        changeNote.setWidthFull();
        Button publish = new Button(getTranslation("drafts.editor.revision.publish"),
                e -> actions.publishRevision(changeNote.getValue()));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("drafts.editor.revision.discard"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("drafts.editor.revision.discard.title"),
                    getTranslation("drafts.editor.revision.discard.text", versionNumber),
                    getTranslation("drafts.editor.revision.discard"), ok -> actions.discardRevision());
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(publish, discard);
        buttons.addClassName("button-row");
        add(new H3(getTranslation("drafts.editor.revision.heading", versionNumber)), explanation, changeNote, buttons);
    }

    /** Marks the change note if the service refused it (and clears an earlier mark if not). */
    void showProblems(InvalidInputException e) {
        FieldErrors.show(this, e, Map.of("changeNote", changeNote));
    }
}
