package vn.gopy.feedback;

import java.time.LocalDate;

import vn.gopy.comments.CommentState;
import vn.gopy.comments.CommenterKind;

/**
 * Which comments an export holds. The scope is one draft ({@code draftId}; {@code agencyId} is then ignored), all
 * drafts of one agency ({@code agencyId}), or, with neither, every agency (administrators only). Comments their
 * authors never confirmed are never exported, whatever the filter: {@code state} null means every confirmed
 * comment. {@code outcome} keeps the comments answered so; {@code unansweredOnly} those not answered yet.
 * {@code from} and {@code to} are calendar days in Vietnam, both included, of the day the comment was sent.
 */
public record ExportFilter(Long draftId, Long agencyId, CommentState state, CommenterKind kind, String provinceCode,
        Outcome outcome, boolean unansweredOnly, LocalDate from, LocalDate to) {

    public ExportFilter {
        if (state == CommentState.AWAITING_CONFIRMATION) {
            throw new IllegalArgumentException("Unconfirmed comments are never exported");
        }
        if (outcome != null && unansweredOnly) {
            throw new IllegalArgumentException("A comment cannot be answered and unanswered at once");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
        }
        provinceCode = provinceCode == null || provinceCode.isBlank() ? null : provinceCode;
    }

    /** Every confirmed comment of one draft. */
    public static ExportFilter ofDraft(long draftId) {
        return new ExportFilter(draftId, null, null, null, null, null, false, null, null);
    }

    /** Every confirmed comment on the drafts of one agency. */
    public static ExportFilter ofAgency(long agencyId) {
        return new ExportFilter(null, agencyId, null, null, null, null, false, null, null);
    }

    /** Every confirmed comment of every agency. */
    public static ExportFilter everything() {
        return new ExportFilter(null, null, null, null, null, null, false, null, null);
    }
}
