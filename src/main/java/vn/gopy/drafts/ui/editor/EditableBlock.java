package vn.gopy.drafts.ui.editor;

import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;

/**
 * One block of the text while the drafter corrects it. Mutable and compared by identity, so that the
 * grid, the edit panel and the warnings keep pointing at the same block while others move around it.
 */
final class EditableBlock {

    private BlockKind kind;
    private String label;
    private String title;
    private String body;

    EditableBlock(BlockKind kind, String label, String title, String body) {
        this.kind = kind;
        this.label = label == null ? "" : label;
        this.title = title == null ? "" : title;
        this.body = body == null ? "" : body;
    }

    static EditableBlock of(TextBlockData data) {
        return new EditableBlock(data.kind(), data.label(), data.title(), data.body());
    }

    TextBlockData toData() {
        return new TextBlockData(kind, label, title, body);
    }

    BlockKind kind() {
        return kind;
    }

    void setKind(BlockKind kind) {
        this.kind = kind;
    }

    String label() {
        return label;
    }

    void setLabel(String label) {
        this.label = label == null ? "" : label;
    }

    String title() {
        return title;
    }

    void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    String body() {
        return body;
    }

    void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    /** The body's lines as the drafter sees them; an empty body has none. */
    String[] lines() {
        return body.isEmpty() ? new String[0] : body.split("\n", -1);
    }

    /** The first words of the body, to recognise the block in a list. */
    String beginning(int maxLength) {
        String firstLine = body.isEmpty() ? "" : lines()[0].strip();
        return firstLine.length() <= maxLength ? firstLine : firstLine.substring(0, maxLength - 1) + "…";
    }
}
