package vn.gopy.drafts;

/**
 * What a comment is about: a public draft (its card tells whether the consultation is open now), the version
 * being read, and one of its articles (its title and clauses), or the whole draft when {@code articleLabel} is null.
 */
public record CommentTarget(DraftCard draft, int versionNumber, String articleLabel, String articleTitle,
        String articleBody) {

    public boolean isOpen() {
        return draft.status() == DraftStatus.OPEN;
    }

    public boolean isArticle() {
        return articleLabel != null;
    }
}
