package vn.gopy.drafts.ui.editor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gopy.drafts.BlockKind;

/**
 * Reads and writes single heading lines ("Điều 5. Quyền của người dân", "Chapter II"), for the two edits
 * that move text between a heading and a body: splitting a block at a missed heading, and merging a
 * wrongly recognised heading back into the text before it. Recognising a whole text is the recogniser's
 * job; this is more lenient than it on purpose ("Điều 7 Quyền ..." without its dot is a heading here),
 * because here the drafter has already decided that the line starts a new block.
 */
final class HeadingText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ARTICLE = Pattern.compile("^(?:Điều|Article)\\s+(\\d+[a-zđ]?)\\s*[.:]?\\s*(.*)$", FLAGS);
    private static final Pattern CHAPTER = Pattern.compile("^(?:Chương|Chapter)\\s+([IVXLCDM]+|\\d+)\\b\\s*[.:]?\\s*(.*)$", FLAGS);
    private static final Pattern SECTION = Pattern.compile("^(?:Mục|Section)\\s+(\\d+)\\b\\s*[.:]?\\s*(.*)$", FLAGS);

    /** A heading found in a line: its kind, its number as written, and the title on the same line. */
    record Heading(BlockKind kind, String label, String title) {
    }

    private HeadingText() {
    }

    static Optional<Heading> read(String line) {
        String text = Normalizer.normalize(line == null ? "" : line, Normalizer.Form.NFC).strip();
        for (BlockKind kind : new BlockKind[] {BlockKind.ARTICLE, BlockKind.CHAPTER, BlockKind.SECTION}) {
            Matcher m = pattern(kind).matcher(text);
            if (m.matches()) {
                return Optional.of(new Heading(kind, m.group(1), m.group(2).strip()));
            }
        }
        return Optional.empty();
    }

    /** The heading as it is written in a text of the given language ("vi" or "en"); empty for plain text. */
    static String write(BlockKind kind, String label, String title, String language) {
        if (kind == BlockKind.TEXT) {
            return title == null ? "" : title;
        }
        boolean english = "en".equals(language);
        String word = switch (kind) {
            case CHAPTER -> english ? "Chapter" : "Chương";
            case SECTION -> english ? "Section" : "Mục";
            default -> english ? "Article" : "Điều";
        };
        String heading = word + " " + label;
        if (title == null || title.isBlank()) {
            return heading;
        }
        return heading + (kind == BlockKind.ARTICLE ? ". " : " ") + title;
    }

    private static Pattern pattern(BlockKind kind) {
        return switch (kind) {
            case ARTICLE -> ARTICLE;
            case CHAPTER -> CHAPTER;
            case SECTION -> SECTION;
            default -> throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT));
        };
    }
}
