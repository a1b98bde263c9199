package vn.gopy.drafts.ui.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import vn.gopy.common.FieldProblem;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.drafts.TextWarning;
import vn.gopy.shell.FieldErrors;

/**
 * Where the drafter checks and corrects a text's structure before saving it: what was found, what to
 * check, and every block in a grid (rendered lazily, so 300 articles stay quick) with one edit panel for
 * the selected block.
 */
class StructureEditor extends Div implements BlockEditPanel.Actions {

    private final String language;
    private final Paragraph summary = new Paragraph();
    private final Div warnings = new Div();
    private final Div problems = new Div();
    private final Grid<EditableBlock> grid = new Grid<>();
    private final BlockEditPanel panel = new BlockEditPanel(this);
    private final List<Runnable> changeListeners = new ArrayList<>();
    private EditableText text = new EditableText(List.of(), "vi");
    private boolean changed;

    StructureEditor(String language) {
        this.language = language;
        addClassName("structure-editor");
        summary.addClassName("structure-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        warnings.addClassName("structure-warnings");
        problems.addClassName("structure-problems");
        problems.getElement().setAttribute("role", "alert");
        grid.addClassName("structure-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("drafts.editor.structure.grid"));
        grid.addColumn(b -> text.positionOf(b)).setHeader("#").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(b -> getTranslation("drafts.block-kind." + b.kind().name()))
                .setHeader(getTranslation("drafts.editor.block.kind")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(EditableBlock::label).setHeader(getTranslation("drafts.editor.block.number"))
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(EditableBlock::title).setHeader(getTranslation("drafts.editor.block.title")).setFlexGrow(2);
        grid.addColumn(b -> b.beginning(90)).setHeader(getTranslation("drafts.editor.block.beginning"))
                .setFlexGrow(3);
        grid.setPartNameGenerator(b -> "block-" + b.kind().name().toLowerCase(Locale.ROOT));
        grid.asSingleSelect().addValueChangeListener(e -> panel.edit(e.getValue()));
        Div workspace = new Div(grid, panel);
        workspace.addClassName("structure-workspace");
        add(summary, warnings, problems, workspace);
    }

    /** Shows a text; {@code unsaved} when it comes from recognition rather than from the saved draft. */
    void show(List<TextBlockData> blocks, List<TextWarning> found, boolean editable, boolean unsaved) {
        text = new EditableText(blocks, language);
        grid.setItems(text.blocks());
        panel.setReadOnly(!editable);
        panel.edit(null);
        showWarnings(found);
        problems.removeAll();
        summarise();
        changed = unsaved;
        fireChanged();
    }

    List<TextBlockData> value() {
        return text.toData();
    }

    int size() {
        return text.size();
    }

    boolean hasChanges() {
        return changed;
    }

    void markSaved() {
        changed = false;
        problems.removeAll();
        fireChanged();
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Lists the service's objections to the text; those that name a block take the drafter to it. */
    void showProblems(List<FieldProblem> found) {
        problems.removeAll();
        UnorderedList list = new UnorderedList();
        for (FieldProblem problem : found) {
            String message = FieldErrors.message(this, problem);
            list.add(new ListItem(blockOf(problem).<com.vaadin.flow.component.Component>map(b -> jump(message, b))
                    .orElseGet(() -> new Paragraph(message))));
        }
        problems.add(new Paragraph(getTranslation("drafts.editor.text.not-saved")), list);
    }

    private Optional<EditableBlock> blockOf(FieldProblem problem) {
        List<Object> args = problem.arguments();
        if ((problem.messageKey().equals("drafts.error.block-label") || problem.messageKey().equals("drafts.error.block-kind"))
                && !args.isEmpty() && args.getFirst() instanceof Number position
                && position.intValue() >= 1 && position.intValue() <= text.size()) {
            return Optional.of(text.at(position.intValue() - 1));
        }
        if (problem.messageKey().equals("drafts.error.duplicate-article") && !args.isEmpty()) {
            // The second article with the number is the one to look at.
            String number = String.valueOf(args.getFirst());
            return text.blocks().stream().filter(b -> b.kind() == BlockKind.ARTICLE)
                    .filter(b -> b.label().strip().equalsIgnoreCase(number)).skip(1).findFirst();
        }
        return Optional.empty();
    }

    private void showWarnings(List<TextWarning> found) {
        warnings.removeAll();
        if (found.isEmpty()) {
            return;
        }
        // Warnings point at blocks, not at positions: they stay right while blocks are merged or deleted.
        Map<TextWarning, EditableBlock> targets = new IdentityHashMap<>();
        found.stream().filter(w -> w.blockIndex() >= 0 && w.blockIndex() < text.size())
                .forEach(w -> targets.put(w, text.at(w.blockIndex())));
        UnorderedList list = new UnorderedList();
        for (TextWarning warning : found) {
            String message = getTranslation(warning.messageKey(), warning.arguments().toArray());
            EditableBlock target = targets.get(warning);
            list.add(new ListItem(target == null ? new Paragraph(message) : jump(message, target)));
        }
        warnings.add(new Paragraph(getTranslation("drafts.editor.structure.warnings", found.size())), list);
    }

    private Button jump(String message, EditableBlock block) {
        Button jump = new Button(message, e -> select(block));
        jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        jump.addClassName("jump-to-block");
        return jump;
    }

    void select(EditableBlock block) {
        if (!text.blocks().contains(block)) {
            return;
        }
        grid.select(block);
        grid.scrollToItem(block);
        panel.edit(block);
    }

    private void summarise() {
        Map<BlockKind, Long> counts = text.countByKind();
        summary.setText(getTranslation("drafts.editor.structure.summary",
                counts.getOrDefault(BlockKind.CHAPTER, 0L), counts.getOrDefault(BlockKind.SECTION, 0L),
                counts.getOrDefault(BlockKind.ARTICLE, 0L), counts.getOrDefault(BlockKind.TEXT, 0L)));
    }

    private void structureChanged(EditableBlock toSelect) {
        grid.getDataProvider().refreshAll();
        summarise();
        changed = true;
        fireChanged();
        if (toSelect != null) {
            select(toSelect);
        } else {
            grid.deselectAll();
            panel.edit(null);
        }
    }

    private void fireChanged() {
        changeListeners.forEach(Runnable::run);
    }

    @Override
    public void edited(EditableBlock block) {
        grid.getDataProvider().refreshItem(block);
        summarise();
        changed = true;
        fireChanged();
    }

    @Override
    public void delete(EditableBlock block) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("drafts.editor.block.delete.title"),
                getTranslation("drafts.editor.block.delete.text", text.positionOf(block)),
                getTranslation("drafts.editor.block.delete"), e -> structureChanged(text.delete(block)));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    @Override
    public void mergeIntoPrevious(EditableBlock block) {
        structureChanged(text.mergeIntoPrevious(block));
    }

    @Override
    public void split(EditableBlock block, int lineIndex) {
        structureChanged(text.splitAt(block, lineIndex));
    }

    @Override
    public void move(EditableBlock block, int offset) {
        int index = block == null ? 0 : text.positionOf(block) - 1 + offset;
        if (index >= 0 && index < text.size()) {
            select(text.at(index));
        }
    }

    @Override
    public boolean canMerge(EditableBlock block) {
        return text.canMerge(block);
    }

    @Override
    public boolean canSplitAt(EditableBlock block, int lineIndex) {
        return text.canSplitAt(block, lineIndex);
    }

    @Override
    public int positionOf(EditableBlock block) {
        return text.positionOf(block);
    }
}
