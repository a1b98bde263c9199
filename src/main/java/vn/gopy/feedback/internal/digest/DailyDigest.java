package vn.gopy.feedback.internal.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.TextBlockView;
import vn.gopy.feedback.internal.StatisticsQueries;
import vn.gopy.feedback.internal.digest.DigestQueries.GrownGroup;

/**
 * The daily summary of an open consultation: the comments confirmed since the last one, by article and by
 * form-letter group, with the totals so far. A day without comments sends nothing but still moves the mark.
 */
@Component
class DailyDigest {

    private final DigestMarks marks;
    private final DigestQueries queries;
    private final StatisticsQueries statistics;
    private final DraftCatalog catalog;
    private final DigestMails mails;

    DailyDigest(DigestMarks marks, DigestQueries queries, StatisticsQueries statistics, DraftCatalog catalog,
            DigestMails mails) {
        this.marks = marks;
        this.queries = queries;
        this.statistics = statistics;
        this.catalog = catalog;
        this.mails = mails;
    }

    /**
     * Summarises up to {@code until} (today's digest hour) unless that was done already; returns the mails
     * queued. Periods end at the hour, not when the job happens to run: they read "from 07:00 to 07:00", and a
     * comment still being committed as the job reads (confirmed after the hour) falls in tomorrow's period
     * rather than being passed over.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int summarise(DraftCard draft, Instant until) {
        marks.follow(draft.id(), draft.opensAt());
        Instant from = marks.lock(draft.id()).summarisedUntil();
        if (!from.isBefore(until)) {
            return 0;
        }
        marks.summarisedUntil(draft.id(), until);
        long added = queries.confirmed(draft.id(), from, until);
        if (added == 0) {
            return 0;
        }
        Locale locale = DigestMails.locale(draft);
        var totals = statistics.totals(draft.id());
        return mails.queueToDrafters(draft, "feedback-digest", mails.values(draft, Map.of(
                "periodFrom", DigestMails.when(from),
                "periodTo", DigestMails.when(until),
                "newCount", Long.toString(added),
                "byArticle", String.join("\n", byArticle(draft.id(), from, until, locale)),
                "groups", String.join("\n", groups(draft.id(), from, until, locale)),
                "totalCount", Long.toString(totals.confirmed()),
                "awaitingCount", Long.toString(totals.awaiting()))));
    }

    /** The whole draft first, then the articles in the text's order, then labels the current text no longer has. */
    private List<String> byArticle(long draftId, Instant from, Instant until, Locale locale) {
        Map<String, Long> counts = queries.byArticle(draftId, from, until);
        List<String> lines = new ArrayList<>();
        Long whole = counts.remove("");
        if (whole != null) {
            lines.add("- " + mails.article(null, locale) + ": " + whole);
        }
        for (TextBlockView article : catalog.page(draftId, null).articles()) {
            Long count = counts.remove(article.label().toLowerCase(Locale.ROOT));
            if (count != null) {
                String title = article.title() == null || article.title().isBlank() ? "" : ". " + article.title();
                lines.add("- " + mails.article(article.label(), locale) + title + ": " + count);
            }
        }
        counts.forEach((label, count) -> lines.add("- " + mails.article(label, locale) + ": " + count));
        return lines;
    }

    /** "#12 (Điều 2): +5 → 24": letters added in the period, then the group's size now. */
    private List<String> groups(long draftId, Instant from, Instant until, Locale locale) {
        List<GrownGroup> grown = queries.grownGroups(draftId, from, until);
        if (grown.isEmpty()) {
            return List.of("-");
        }
        return grown.stream().map(g -> "- #" + g.groupId() + " (" + mails.article(g.articleLabel(), locale) + "): +"
                + g.added() + " → " + g.size()).toList();
    }
}
