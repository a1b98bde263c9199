package vn.gopy.drafts.ui.editor;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.gopy.common.FieldProblem;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.DraftEditorData;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextRecognition;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;

/**
 * The draft's text: brought in by pasting or uploading, checked and corrected in the structure editor,
 * then saved. A published text is read only until the drafter starts a revision.
 */
class TextTab extends Div {

    private static final Set<String> SHOWN_IN_PLACE = Set.of("text", "changeNote");

    private final DraftService drafts;
    private final TextRecognition recognition;
    private final Runnable draftChanged;
    private final Runnable unsavedChanged;
    private StructureEditor editor;
    private RevisionPanel revision;
    private DraftEditorData data;

    TextTab(DraftService drafts, TextRecognition recognition, Runnable draftChanged, Runnable unsavedChanged) {
        this.drafts = drafts;
        this.recognition = recognition;
        this.draftChanged = draftChanged;
        this.unsavedChanged = unsavedChanged;
        addClassName("text-tab");
    }

    void show(DraftEditorData draft) {
        this.data = draft;
        removeAll();
        revision = null;
        editor = new StructureEditor(draft.details().language());
        editor.addChangeListener(unsavedChanged);
        if (!draft.textEditable()) {
            showPublishedText(draft);
            return;
        }
        if (draft.revisionInProgress()) {
            revision = new RevisionPanel(draft.workingVersion(), new RevisionPanel.Actions() {
                @Override
                public void publishRevision(String changeNote) {
                    TextTab.this.publishRevision(changeNote);
                }

                @Override
                public void discardRevision() {
                    TextTab.this.discardRevision();
                }
            });
        }
        Details source = new Details(getTranslation(draft.text().isEmpty()
                ? "drafts.editor.source.heading" : "drafts.editor.source.replace"),
                new TextSourcePanel(recognition, this::recognised));
        source.setOpened(draft.text().isEmpty());
        source.addClassName("source-details");
        Button save = new Button(getTranslation("drafts.editor.text.save"), e -> saveText());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-text");
        editor.show(draft.text(), List.of(), true, false);
        add(intro(draft), source, editor, buttonRow(save));
        if (revision != null) {
            add(revision);
        }
    }

    boolean hasUnsavedChanges() {
        return editor != null && editor.hasChanges();
    }

    private Paragraph intro(DraftEditorData draft) {
        Paragraph intro = new Paragraph(draft.revisionInProgress()
                ? getTranslation("drafts.editor.text.revision-intro", draft.workingVersion())
                : getTranslation("drafts.editor.text.intro"));
        intro.addClassName("muted");
        return intro;
    }

    private void showPublishedText(DraftEditorData draft) {
        Paragraph note = new Paragraph(getTranslation("drafts.editor.text.published", draft.workingVersion()));
        Button start = new Button(getTranslation("drafts.editor.revision.start"), e -> startRevision());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.show(draft.text(), List.of(), false, false);
        add(note, buttonRow(start), editor);
    }

    private void recognised(RecognisedText text) {
        if (!editor.hasChanges() || editor.size() == 0) {
            editor.show(text.blocks(), text.warnings(), true, true);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("drafts.editor.source.replace-title"),
                getTranslation("drafts.editor.source.replace-text"), getTranslation("drafts.editor.source.replace-ok"),
                e -> editor.show(text.blocks(), text.warnings(), true, true));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private boolean saveText() {
        try {
            drafts.saveText(data.id(), editor.value());
        } catch (InvalidInputException e) {
            showProblems(e);
            return false;
        }
        editor.markSaved();
        long articles = editor.value().stream().filter(b -> b.isArticle()).count();
        Notices.success(getTranslation("drafts.editor.text.saved", articles));
        return true;
    }

    private void startRevision() {
        attempt(() -> drafts.startRevision(data.id()), "drafts.editor.revision.started");
    }

    private void publishRevision(String changeNote) {
        if (editor.hasChanges() && !saveText()) {
            return;
        }
        attempt(() -> drafts.publishRevision(data.id(), changeNote), "drafts.editor.revision.published");
    }

    private void discardRevision() {
        attempt(() -> drafts.discardRevision(data.id()), "drafts.editor.revision.discarded");
    }

    private void attempt(Runnable action, String successKey) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            showProblems(e);
            return;
        }
        Notices.success(getTranslation(successKey));
        draftChanged.run();
    }

    private void showProblems(InvalidInputException e) {
        List<FieldProblem> textProblems = e.problems().stream().filter(p -> p.field().equals("text")).toList();
        if (!textProblems.isEmpty()) {
            editor.showProblems(textProblems);
        }
        if (revision != null) {
            revision.showProblems(e);
        }
        e.problems().stream().filter(p -> !SHOWN_IN_PLACE.contains(p.field()))
                .forEach(p -> Notices.error(FieldErrors.message(this, p)));
    }

    private static Div buttonRow(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("button-row");
        return row;
    }
}
