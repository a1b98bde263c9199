package vn.gopy.feedback;

import java.time.Instant;

import vn.gopy.comments.CommenterKind;

/**
 * A published comment (or form-letter campaign, {@code senders} > 1) as the drafter answers it. {@code text} is
 * the original, as the author wrote it; {@code name} is set only if the author published it, {@code email}
 * only if the author agreed to be contacted. {@code outcome} is null while unanswered.
 */
public record AnswerItem(long commentId, String trackingNumber, String articleLabel, CommenterKind kind,
        String organisation, String name, String email, String provinceCode, String text, int senders,
        Instant confirmedAt, Outcome outcome, String explanation, String changedArticle, String answeredBy,
        Instant answeredAt) {

    public boolean isAnswered() {
        return outcome != null;
    }

    public Answer answer() {
        return outcome == null ? null : new Answer(outcome, explanation, changedArticle);
    }
}
