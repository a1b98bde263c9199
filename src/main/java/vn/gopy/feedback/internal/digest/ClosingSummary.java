package vn.gopy.feedback.internal.digest;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.drafts.DraftCard;
import vn.gopy.feedback.DraftStatistics.Totals;
import vn.gopy.feedback.internal.StatisticsQueries;

/**
 * The one mail after a consultation closes: the final numbers, who commented, and the reminder that every
 * published comment needs an answer before the reception report. Sent by the job rather than on the
 * DraftClosed event alone, so that it also goes when Gopy was down at the closing moment.
 */
@Component
class ClosingSummary {

    private final DigestMarks marks;
    private final StatisticsQueries statistics;
    private final DigestMails mails;

    ClosingSummary(DigestMarks marks, StatisticsQueries statistics, DigestMails mails) {
        this.marks = marks;
        this.statistics = statistics;
        this.mails = mails;
    }

    /** Queues the summary unless it went already (the row is locked, so two runs cannot both send it). */
    @Transactional(propagation = Propagation.MANDATORY)
    int send(DraftCard draft, Instant now) {
        if (marks.lock(draft.id()).closingSentAt() != null) {
            return 0;
        }
        marks.closingSent(draft.id(), now);
        Locale locale = DigestMails.locale(draft);
        Totals totals = statistics.totals(draft.id());
        String byKind = statistics.by(draft.id(), "commenter_kind").stream()
                .map(t -> "- " + mails.commenterKind(t.code(), locale) + ": " + t.count())
                .collect(Collectors.joining("\n"));
        return mails.queueToDrafters(draft, "feedback-closing", mails.values(draft, Map.of(
                "totalCount", Long.toString(totals.confirmed()),
                "publishedCount", Long.toString(totals.published()),
                "notPublishedCount", Long.toString(totals.notPublished()),
                "awaitingCount", Long.toString(totals.awaiting()),
                "answeredCount", Long.toString(totals.answered()),
                "unansweredCount", Long.toString(totals.published() - totals.answered()),
                "byKind", byKind.isEmpty() ? "-" : byKind)));
    }
}
