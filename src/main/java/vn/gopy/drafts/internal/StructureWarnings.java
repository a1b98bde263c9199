package vn.gopy.drafts.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.drafts.TextWarning;

/**
 * What the drafter should check in a recognised structure: article numbers that skip, repeat or go back,
 * chapters out of sequence, headings without a title, empty articles, and long free text between
 * headings, which usually hides a heading that was not recognised.
 */
final class StructureWarnings {

    /** Free text longer than this between headings is suspicious; a preamble is a dozen lines. */
    static final int LONG_TEXT_LINES = 30;
    static final int LONG_TEXT_CHARACTERS = 6000;

    private final List<TextWarning> warnings = new ArrayList<>();

    private StructureWarnings() {
    }

    static List<TextWarning> of(List<TextBlockData> blocks) {
        StructureWarnings w = new StructureWarnings();
        w.checkArticleNumbers(blocks);
        w.checkChapterNumbers(blocks);
        w.checkContents(blocks);
        return w.warnings;
    }

    private void checkArticleNumbers(List<TextBlockData> blocks) {
        Set<String> seen = new HashSet<>();
        ArticleNumber previous = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).isArticle()) {
                continue;
            }
            ArticleNumber current = ArticleNumber.of(blocks.get(i).label());
            if (!seen.add(current.label().toLowerCase(Locale.ROOT))) {
                add(i, "drafts.recognition.article-duplicate", current.label());
            } else if (previous == null && current.number() != 1) {
                add(i, "drafts.recognition.article-first", current.label());
            } else if (previous != null && current.compareTo(previous) < 0) {
                add(i, "drafts.recognition.article-order", current.label(), previous.label());
            } else if (previous != null && current.number() > previous.number() + 1) {
                add(i, "drafts.recognition.article-gap", current.label(), previous.label());
            }
            previous = current;
        }
    }

    private void checkChapterNumbers(List<TextBlockData> blocks) {
        String previousLabel = null;
        int previous = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() != BlockKind.CHAPTER) {
                continue;
            }
            String label = blocks.get(i).label();
            int number = Numerals.parse(label);
            if (previousLabel != null && number != previous + 1) {
                add(i, "drafts.recognition.chapter-sequence", label, previousLabel);
            }
            previousLabel = label;
            previous = number;
        }
    }

    private void checkContents(List<TextBlockData> blocks) {
        boolean structureFollows = false;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            TextBlockData b = blocks.get(i);
            switch (b.kind()) {
                case CHAPTER -> {
                    if (b.title().isEmpty()) {
                        add(i, "drafts.recognition.chapter-untitled", b.label());
                    }
                }
                case SECTION -> {
                    if (b.title().isEmpty()) {
                        add(i, "drafts.recognition.section-untitled", b.label());
                    }
                }
                case ARTICLE -> {
                    if (b.body().isBlank()) {
                        add(i, "drafts.recognition.article-empty", b.label());
                    }
                }
                case TEXT -> {
                    long lines = b.body().lines().count();
                    if (structureFollows && (lines > LONG_TEXT_LINES || b.body().length() > LONG_TEXT_CHARACTERS)) {
                        add(i, "drafts.recognition.long-text", lines);
                    }
                }
            }
            structureFollows |= b.kind() != BlockKind.TEXT;
        }
    }

    private void add(int blockIndex, String key, Object... arguments) {
        warnings.add(TextWarning.of(blockIndex, key, arguments));
    }

    /** "12a" as 12 and "a", so that 12, 12a, 12b, 13 is in order. */
    private record ArticleNumber(String label, int number, String suffix) implements Comparable<ArticleNumber> {

        static ArticleNumber of(String label) {
            int digits = 0;
            while (digits < label.length() && Character.isDigit(label.charAt(digits))) {
                digits++;
            }
            int number = digits == 0 ? 0 : Integer.parseInt(label.substring(0, digits));
            return new ArticleNumber(label, number, label.substring(digits).toLowerCase(Locale.ROOT));
        }

        @Override
        public int compareTo(ArticleNumber other) {
            int byNumber = Integer.compare(number, other.number);
            return byNumber != 0 ? byNumber : suffix.compareTo(other.suffix);
        }
    }
}
