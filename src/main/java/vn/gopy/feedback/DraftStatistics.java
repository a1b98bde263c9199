package vn.gopy.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * A draft's comments in numbers, as its dashboard shows them. Counts are of comments their authors confirmed
 * (unconfirmed ones are not comments yet); every letter of a campaign counts. Codes (commenter kinds, provinces,
 * sectors) are left for the reader to name in their language; a null code is "not given".
 */
public record DraftStatistics(Totals totals, List<Tally> byKind, List<Tally> byProvince, List<Tally> bySector,
        List<ArticleTally> byArticle, long onWholeDraft, SortedMap<LocalDate, Long> perDay,
        List<GroupTally> largestGroups, List<Tally> byOutcome) {

    /** {@code answered} counts published comments with an answer, out of {@code published}. */
    public record Totals(long confirmed, long published, long notPublished, long awaiting, long answered) {}

    public record Tally(String code, long count) {}

    /** An article of the current text, in the draft's order, with its comments (0 included: the heat map). */
    public record ArticleTally(String label, String title, long count) {}

    /** A form-letter group: its size and the start of its representative letter. */
    public record GroupTally(long groupId, int size, String excerpt) {}

    public boolean isEmpty() {
        return totals.confirmed() == 0;
    }
}
