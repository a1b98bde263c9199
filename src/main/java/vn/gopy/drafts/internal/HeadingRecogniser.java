package vn.gopy.drafts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.drafts.TextWarning;

/**
 * Finds chapters (Chương/Chapter), sections (Mục/Section) and articles (Điều/Article) in a plain text,
 * already normalised (NFC, "\n" line breaks).
 *
 * <p>Every line ends up in exactly one block: the lines before the first heading form one TEXT block
 * (letterhead, title, preamble); the lines after an article heading are its body up to the next heading;
 * the line after a chapter or section heading without a title is its title when it can be one; lines
 * after a chapter or section that are not its title form a TEXT block; the adoption sentence and the
 * signature after the last article form the closing TEXT block (see {@link ClosingLines}). Lines are
 * stripped of surrounding spaces and blank lines are left out: a line is one paragraph. One pass over the
 * lines, so a 300-article law takes milliseconds.
 */
public final class HeadingRecogniser {

    /** Chapter and section titles are single-line fields of at most this length. */
    private static final int MAX_TITLE = 500;

    public RecognisedText recognise(String text) {
        return new Assembly(text.split("\n", -1)).run();
    }

    private static final class Assembly {
        private final String[] lines;
        private final QuotedLines quoted;
        private final HeadingLine[] headings;
        private final int[] blockOfLine;
        private final List<Block> blocks = new ArrayList<>();
        private final List<TextWarning> lineWarnings = new ArrayList<>();

        Assembly(String[] rawLines) {
            lines = new String[rawLines.length];
            for (int i = 0; i < rawLines.length; i++) {
                lines[i] = rawLines[i].strip();
            }
            quoted = QuotedLines.of(lines);
            headings = new HeadingLine[lines.length];
            for (int i = 0; i < lines.length; i++) {
                headings[i] = quoted.isQuoted(i) ? null : HeadingLine.parse(lines[i]);
            }
            blockOfLine = new int[lines.length];
        }

        RecognisedText run() {
            int closing = ClosingLines.start(lines, headings);
            int i = 0;
            while (i < closing) {
                if (lines[i].isEmpty()) {
                    i++;
                } else if (headings[i] != null) {
                    i = heading(i, closing);
                } else {
                    bodyLine(i);
                    i++;
                }
            }
            if (closing < lines.length) {
                blocks.add(new Block(BlockKind.TEXT, "", ""));
                for (int k = closing; k < lines.length; k++) {
                    bodyLine(k);
                }
            }
            if (quoted.unclosedLine() >= 0) {
                lineWarnings.add(TextWarning.of(blockOfLine[quoted.unclosedLine()], "drafts.recognition.unclosed-quote",
                        excerpt(lines[quoted.unclosedLine()])));
            }
            List<TextBlockData> result = blocks.stream().map(Block::data).toList();
            List<TextWarning> warnings = new ArrayList<>(StructureWarnings.of(result));
            warnings.addAll(lineWarnings);
            warnings.sort(Comparator.comparingInt(TextWarning::blockIndex));
            return new RecognisedText(result, warnings);
        }

        /** Opens the block of the heading at {@code i}; returns the first line after the heading and its title. */
        private int heading(int i, int closing) {
            HeadingLine h = headings[i];
            int next = i + 1;
            StringBuilder title = new StringBuilder(h.title());
            if (h.kind() != BlockKind.ARTICLE) {
                int candidate = nextNonBlank(next, closing);
                if (title.isEmpty() && isFreeLine(candidate, closing) && HeadingLine.couldBeTitle(lines[candidate])) {
                    title.append(lines[candidate]);
                    next = candidate + 1;
                    candidate = nextNonBlank(next, closing);
                }
                // A long title that Word wrapped over two paragraphs: "QUYỀN VÀ NGHĨA VỤ" / "CỦA NGƯỜI SỬ DỤNG ĐẤT".
                while (!title.isEmpty() && HeadingLine.isCapitals(title.toString()) && isFreeLine(candidate, closing)
                        && HeadingLine.isCapitals(lines[candidate])
                        && title.length() + lines[candidate].length() < MAX_TITLE) {
                    title.append(' ').append(lines[candidate]);
                    next = candidate + 1;
                    candidate = nextNonBlank(next, closing);
                }
            }
            blocks.add(new Block(h.kind(), h.label(), title.toString()));
            for (int k = i; k < next; k++) {
                blockOfLine[k] = blocks.size() - 1;
            }
            return next;
        }

        private void bodyLine(int i) {
            if (lines[i].isEmpty()) {
                return;
            }
            Block current = blocks.isEmpty() ? null : blocks.getLast();
            if (current == null || current.kind == BlockKind.CHAPTER || current.kind == BlockKind.SECTION) {
                current = new Block(BlockKind.TEXT, "", "");
                blocks.add(current);
            }
            current.body.add(lines[i]);
            blockOfLine[i] = blocks.size() - 1;
            if (!quoted.isQuoted(i) && HeadingLine.looksLikeUnpunctuatedHeading(lines[i])) {
                lineWarnings.add(TextWarning.of(blocks.size() - 1, "drafts.recognition.unpunctuated-heading",
                        excerpt(lines[i])));
            }
        }

        private boolean isFreeLine(int i, int closing) {
            return i < closing && headings[i] == null && !quoted.isQuoted(i);
        }

        private int nextNonBlank(int from, int closing) {
            int i = from;
            while (i < closing && lines[i].isEmpty()) {
                i++;
            }
            return i;
        }
    }

    private static String excerpt(String line) {
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    private static final class Block {
        final BlockKind kind;
        final String label;
        final String title;
        final List<String> body = new ArrayList<>();

        Block(BlockKind kind, String label, String title) {
            this.kind = kind;
            this.label = label;
            this.title = title;
        }

        TextBlockData data() {
            return new TextBlockData(kind, label, title, String.join("\n", body));
        }
    }
}
