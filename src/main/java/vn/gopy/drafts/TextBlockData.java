package vn.gopy.drafts;

/**
 * One block of a structured text as the editor and the heading recogniser handle it.
 * {@code label} is the number as written ("12", "IV", "2"); {@code body} keeps its line breaks.
 */
public record TextBlockData(BlockKind kind, String label, String title, String body) {

    public TextBlockData {
        label = label == null ? "" : label;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }

    public boolean isArticle() {
        return kind == BlockKind.ARTICLE;
    }
}
