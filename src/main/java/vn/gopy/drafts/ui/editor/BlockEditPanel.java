package vn.gopy.drafts.ui.editor;

import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.drafts.BlockKind;

/**
 * Edits the block selected in the structure grid: one form for the whole text, so that a law of 300
 * articles stays quick. Each change is applied at once; structural edits go back to the editor.
 */
class BlockEditPanel extends Div {

    /** What the structure editor does when the drafter asks for more than a change of fields. */
    interface Actions {
        void edited(EditableBlock block);

        void delete(EditableBlock block);

        void mergeIntoPrevious(EditableBlock block);

        void split(EditableBlock block, int lineIndex);

        void move(EditableBlock block, int offset);

        boolean canMerge(EditableBlock block);

        boolean canSplitAt(EditableBlock block, int lineIndex);

        int positionOf(EditableBlock block);
    }

    private final Actions actions;
    private final H3 heading = new H3();
    private final Paragraph hint = new Paragraph();
    private final Div form = new Div();
    private final Select<BlockKind> kind = new Select<>();
    private final TextField label = new TextField();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Select<Integer> splitLine = new Select<>();
    private final Button split = new Button();
    private final Button merge = new Button();
    private final Button delete = new Button();
    private final Div structureActions = new Div();
    private EditableBlock block;
    private boolean reading;

    BlockEditPanel(Actions actions) {
        this.actions = actions;
        addClassName("block-panel");
        hint.setText(getTranslation("drafts.editor.block.none"));
        hint.addClassName("muted");
        kind.setLabel(getTranslation("drafts.editor.block.kind"));
        kind.setItems(BlockKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("drafts.block-kind." + k.name()));
        label.setLabel(getTranslation("drafts.editor.block.number"));
        label.setMaxLength(20);
        title.setLabel(getTranslation("drafts.editor.block.title"));
        title.setMaxLength(500);
        body.setLabel(getTranslation("drafts.editor.block.body"));
        body.addClassName("block-body");
        kind.addValueChangeListener(e -> apply());
        label.addValueChangeListener(e -> apply());
        title.addValueChangeListener(e -> apply());
        body.addValueChangeListener(e -> apply());

        Button previous = new Button(getTranslation("drafts.editor.block.previous"), e -> actions.move(block, -1));
        Button next = new Button(getTranslation("drafts.editor.block.next"), e -> actions.move(block, 1));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div moves = new Div(previous, next);
        moves.addClassName("block-moves");

        splitLine.setLabel(getTranslation("drafts.editor.block.split-line"));
        splitLine.setHelperText(getTranslation("drafts.editor.block.split-help"));
        splitLine.setItemLabelGenerator(this::lineLabel);
        split.setText(getTranslation("drafts.editor.block.split"));
        split.addClickListener(e -> {
            if (splitLine.getValue() != null) {
                actions.split(block, splitLine.getValue());
            }
        });
        merge.setText(getTranslation("drafts.editor.block.merge"));
        merge.addClickListener(e -> actions.mergeIntoPrevious(block));
        delete.setText(getTranslation("drafts.editor.block.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> actions.delete(block));
        Div splitting = new Div(splitLine, split);
        splitting.addClassName("block-split");
        structureActions.add(splitting, new Div(merge, delete));
        structureActions.addClassName("block-actions");

        form.add(kind, label, title, body, structureActions);
        form.addClassName("block-form");
        add(heading, hint, moves, form);
        edit(null);
    }

    void edit(EditableBlock selected) {
        this.block = selected;
        boolean present = selected != null;
        hint.setVisible(!present);
        form.setVisible(present);
        heading.setText(present ? getTranslation("drafts.editor.block.heading", actions.positionOf(selected))
                : getTranslation("drafts.editor.block.heading-none"));
        if (!present) {
            return;
        }
        reading = true;
        kind.setValue(selected.kind());
        label.setValue(selected.label());
        title.setValue(selected.title());
        body.setValue(selected.body());
        reading = false;
        showStructureOptions();
    }

    void setReadOnly(boolean readOnly) {
        kind.setReadOnly(readOnly);
        label.setReadOnly(readOnly);
        title.setReadOnly(readOnly);
        body.setReadOnly(readOnly);
        structureActions.setVisible(!readOnly);
    }

    private void apply() {
        if (reading || block == null) {
            return;
        }
        block.setKind(kind.getValue());
        block.setLabel(label.getValue());
        block.setTitle(title.getValue());
        block.setBody(body.getValue());
        showStructureOptions();
        actions.edited(block);
    }

    private void showStructureOptions() {
        String[] lines = block.lines();
        splitLine.setItems(IntStream.range(0, lines.length).filter(i -> actions.canSplitAt(block, i)).boxed().toList());
        split.setEnabled(lines.length > 0 && splitLine.getListDataView().getItemCount() > 0);
        merge.setEnabled(actions.canMerge(block));
    }

    private String lineLabel(Integer index) {
        String[] lines = block == null ? new String[0] : block.lines();
        return index == null || index >= lines.length ? ""
                : getTranslation("drafts.editor.block.line", index + 1, shortened(lines[index]));
    }

    private static String shortened(String line) {
        String text = line.strip();
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
