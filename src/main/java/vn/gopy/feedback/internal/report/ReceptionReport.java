package vn.gopy.feedback.internal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the reception report says, in the report's language and already worded: the writers only lay it
 * out (PDF, DOCX), so both formats say the same. Comments are grouped article by article in the draft's order,
 * then the comments on the draft as a whole.
 */
public record ReceptionReport(
        String language,
        String draftTitle,
        String referenceNumber,
        String agencyName,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate writtenOn,
        List<String> channels,
        Totals totals,
        List<Count> byCommenterKind,
        List<Count> byOutcome,
        List<ArticleSection> articles,
        List<Entry> generalComments) {

    /** Comments received (confirmed by their authors), published, not published, still awaiting moderation. */
    public record Totals(long received, long published, long notPublished, long awaiting, long answered) {}

    /** A labelled number, e.g. "Doanh nghiệp" 12. */
    public record Count(String label, long count) {}

    /** One article of the draft and the comments about it; {@code label} as in "Điều 3". */
    public record ArticleSection(String label, String title, List<Entry> entries) {}

    /**
     * One comment, or one form-letter campaign answered once: who sent it (worded, e.g. "Công ty ABC (doanh
     * nghiệp, Hà Nội)" or "Ẩn danh (cá nhân)"), how many people sent it (1, or the campaign's size), its tracking
     * number, its published text (summarised when long), the outcome as worded, the explanation, and the changed
     * article of the revised draft or null. An unanswered comment has a null outcome and explanation.
     */
    public record Entry(String who, int senders, String trackingNumber, String comment, String outcome,
            String explanation, String changedArticle) {}
}
