package vn.gopy.drafts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.gopy.common.FieldProblem;
import vn.gopy.common.InputCheck;
import vn.gopy.common.PlainText;

/** The rules a structured text must meet to be saved: labelled headings, unique article numbers, sane sizes. */
final class TextCheck {

    static final int MAX_BLOCKS = 5000;
    static final int MAX_BODY = 100_000;

    private TextCheck() {
    }

    static List<TextBlockData> normalised(List<TextBlockData> blocks) {
        return blocks.stream().map(b -> new TextBlockData(b.kind(), PlainText.singleLine(b.label()),
                PlainText.singleLine(b.title()), PlainText.normalise(b.body()).strip())).toList();
    }

    static void check(InputCheck check, List<TextBlockData> blocks) {
        check.require(blocks.size() <= MAX_BLOCKS, "text", "drafts.error.text-too-long", MAX_BLOCKS);
        Set<String> articleNumbers = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlockData b = blocks.get(i);
            int position = i + 1;
            if (b.kind() == null) {
                check.add(FieldProblem.of("text", "drafts.error.block-kind", position));
                continue;
            }
            if (b.kind() != BlockKind.TEXT && b.label().isBlank()) {
                check.add(FieldProblem.of("text", "drafts.error.block-label", position));
            }
            check.optionalText("text", b.label(), 20).optionalText("text", b.title(), 500)
                    .optionalText("text", b.body(), MAX_BODY);
            if (b.isArticle() && !b.label().isBlank() && !articleNumbers.add(b.label().toLowerCase(Locale.ROOT))) {
                check.add(FieldProblem.of("text", "drafts.error.duplicate-article", b.label()));
            }
        }
    }
}
