package vn.gopy.feedback;

import vn.gopy.common.InputCheck;
import vn.gopy.common.PlainText;

/**
 * The drafting agency's answer to a comment: the outcome, the explanation ("giải trình") and, optionally, the
 * article of the revised draft that the comment changed. The law asks for reasons when a comment is not taken
 * (wholly) into account, so those outcomes need an explanation; a comment not accepted changed no article.
 */
public record Answer(Outcome outcome, String explanation, String changedArticle) {

    public static final int MAX_EXPLANATION = 5_000;
    public static final int MAX_ARTICLE_LABEL = 20;

    /** The answer with its texts normalised, or every problem at once ({@code InvalidInputException}). */
    public Answer checked() {
        String text = explanation == null ? null : PlainText.normalise(explanation).strip();
        String article = changedArticle == null ? null : stripArticleWord(PlainText.singleLine(changedArticle));
        InputCheck check = new InputCheck();
        check.require(outcome != null, "outcome", "feedback.error.outcome-required");
        if (outcome == Outcome.NOT_ACCEPTED || outcome == Outcome.PARTLY_ACCEPTED) {
            check.requiredText("explanation", text, MAX_EXPLANATION);
        } else {
            check.optionalText("explanation", text, MAX_EXPLANATION);
        }
        check.optionalText("changedArticle", article, MAX_ARTICLE_LABEL);
        check.require(article == null || outcome != Outcome.NOT_ACCEPTED && outcome != Outcome.NOTED,
                "changedArticle", "feedback.error.article-not-changed");
        check.throwIfInvalid();
        return new Answer(outcome, text == null || text.isEmpty() ? "" : text, article);
    }

    /** "Điều 12" and "điều 12a" as typed name the article labelled "12" / "12a". */
    private static String stripArticleWord(String label) {
        String bare = label.replaceFirst("(?iu)^(điều|article)\\s*", "").strip();
        return bare.isEmpty() ? null : bare;
    }
}
