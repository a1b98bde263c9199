package vn.gopy.drafts.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.drafts.ui.editor.HeadingText.Heading;

/**
 * The structure of a text while the drafter corrects it: the blocks in reading order and the edits that
 * change their number (delete, merge into the previous block, split at a line). Plain Java, so the rules
 * of these edits are tested without a browser.
 */
final class EditableText {

    private final List<EditableBlock> blocks = new ArrayList<>();
    private final String language;

    EditableText(List<TextBlockData> text, String language) {
        this.language = language;
        text.stream().map(EditableBlock::of).forEach(blocks::add);
    }

    List<EditableBlock> blocks() {
        return blocks;
    }

    int size() {
        return blocks.size();
    }

    int positionOf(EditableBlock block) {
        return blocks.indexOf(block) + 1;
    }

    EditableBlock at(int index) {
        return blocks.get(index);
    }

    List<TextBlockData> toData() {
        return blocks.stream().map(EditableBlock::toData).toList();
    }

    Map<BlockKind, Long> countByKind() {
        return blocks.stream().collect(Collectors.groupingBy(EditableBlock::kind, Collectors.counting()));
    }

    /** Removes a block; returns the block to show next (the one that took its place, or the last one). */
    EditableBlock delete(EditableBlock block) {
        int index = blocks.indexOf(block);
        blocks.remove(index);
        return blocks.isEmpty() ? null : blocks.get(Math.min(index, blocks.size() - 1));
    }

    boolean canMerge(EditableBlock block) {
        return blocks.indexOf(block) > 0;
    }

    /**
     * Appends a block to the one before it: its heading becomes a line of text again, followed by its
     * body. For a heading that was recognised by mistake (a cross-reference that starts a line).
     */
    EditableBlock mergeIntoPrevious(EditableBlock block) {
        int index = blocks.indexOf(block);
        if (index <= 0) {
            throw new IllegalArgumentException("The first block has nothing to merge into");
        }
        EditableBlock previous = blocks.get(index - 1);
        List<String> parts = new ArrayList<>();
        if (!previous.body().isEmpty()) {
            parts.add(previous.body());
        }
        String heading = HeadingText.write(block.kind(), block.label(), block.title(), language);
        if (!heading.isBlank()) {
            parts.add(heading);
        }
        if (!block.body().isEmpty()) {
            parts.add(block.body());
        }
        previous.setBody(String.join("\n", parts));
        blocks.remove(index);
        return previous;
    }

    /**
     * Cuts a block's body before line {@code lineIndex} (0-based) and makes the rest a new block after it.
     * When that line is a heading ("Điều 7. ..."), the new block is that chapter, section or article;
     * otherwise it is plain text for the drafter to classify.
     */
    EditableBlock splitAt(EditableBlock block, int lineIndex) {
        String[] lines = block.lines();
        if (!canSplitAt(block, lineIndex)) {
            throw new IllegalArgumentException("Cannot split block at line " + lineIndex);
        }
        String kept = String.join("\n", Arrays.copyOfRange(lines, 0, lineIndex)).strip();
        List<String> rest = new ArrayList<>(Arrays.asList(lines).subList(lineIndex, lines.length));
        EditableBlock created = HeadingText.read(rest.getFirst())
                .map(h -> headingBlock(h, rest))
                .orElseGet(() -> new EditableBlock(BlockKind.TEXT, "", "", String.join("\n", rest).strip()));
        block.setBody(kept);
        blocks.add(blocks.indexOf(block) + 1, created);
        return created;
    }

    boolean canSplitAt(EditableBlock block, int lineIndex) {
        int lineCount = block.lines().length;
        // Splitting a plain text block before its first line would only leave an empty block behind.
        int first = block.kind() == BlockKind.TEXT ? 1 : 0;
        return lineIndex >= first && lineIndex < lineCount;
    }

    private static EditableBlock headingBlock(Heading heading, List<String> rest) {
        List<String> body = new ArrayList<>(rest.subList(1, rest.size()));
        String title = heading.title();
        // "Chương II" is usually followed by its title on a line of its own.
        if (title.isEmpty() && heading.kind() != BlockKind.ARTICLE && !body.isEmpty()) {
            title = body.removeFirst().strip();
        }
        return new EditableBlock(heading.kind(), heading.label(), title, String.join("\n", body).strip());
    }
}
