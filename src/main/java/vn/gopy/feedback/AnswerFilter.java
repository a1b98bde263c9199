package vn.gopy.feedback;

import vn.gopy.comments.CommenterKind;

/**
 * Which comments a drafter is looking at while answering. {@code article}: null for all, {@link #WHOLE_DRAFT}
 * for the comments on the draft as a whole, else an article label; {@code outcome} null for any;
 * {@code unansweredOnly} shows what is left to do.
 */
public record AnswerFilter(String article, CommenterKind kind, Outcome outcome, boolean unansweredOnly) {

    public static final String WHOLE_DRAFT = "";

    public static AnswerFilter all() {
        return new AnswerFilter(null, null, null, false);
    }
}
