package vn.gopy.drafts;

import java.util.List;

/**
 * Something the drafter should check in a recognised text (a gap in the numbering, a heading that looks
 * odd). {@code blockIndex} points into the recognised blocks, or is -1 for the whole text.
 */
public record TextWarning(int blockIndex, String messageKey, List<Object> arguments) {

    public TextWarning {
        arguments = List.copyOf(arguments);
    }

    public static TextWarning of(int blockIndex, String messageKey, Object... arguments) {
        return new TextWarning(blockIndex, messageKey, List.of(arguments));
    }
}
