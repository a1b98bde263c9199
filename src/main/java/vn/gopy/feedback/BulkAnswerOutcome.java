package vn.gopy.feedback;

/** What a bulk answer did: comments (and campaign letters) answered, and those skipped as not published. */
public record BulkAnswerOutcome(int answered, int skipped) {
}
