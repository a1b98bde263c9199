package vn.gopy.feedback.internal.export;

import java.time.LocalDateTime;

/**
 * One comment as an export shows it, times already in Vietnam. {@code name} and {@code email} are null unless
 * the author allowed them (published with their name; agreed to be contacted): the query leaves them out, so
 * nothing further down can show them by mistake. {@code publishedText} is null unless a moderator masked it.
 */
record ExportedComment(long id, String trackingNumber, String draftReference, LocalDateTime submittedAt,
        LocalDateTime confirmedAt, String kind, String organisation, String name, String email, String provinceCode,
        String sectorCode, String articleLabel, String text, String publishedText, String state,
        String decisionReason, Long groupId, Integer groupSize, String outcome, String explanation,
        String changedArticle, String answeredBy, LocalDateTime answeredAt) {
}
