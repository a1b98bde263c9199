package vn.gopy.drafts;

import java.util.List;

/** The structure found in a pasted or uploaded text, for the drafter to check before it is saved. */
public record RecognisedText(List<TextBlockData> blocks, List<TextWarning> warnings) {

    public RecognisedText {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public long articleCount() {
        return blocks.stream().filter(TextBlockData::isArticle).count();
    }

    public long chapterCount() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.CHAPTER).count();
    }
}
