package vn.gopy.feedback.ui;

/**
 * The addresses of a draft's feedback pages, as relative links: the dashboard, the answering page (with a filter),
 * the exports and the reception report (the last two are built elsewhere; only their addresses are known here).
 */
final class FeedbackLinks {

    private FeedbackLinks() {
    }

    static String index() {
        return "feedback";
    }

    static String dashboard(long draftId) {
        return "feedback/" + draftId;
    }

    static String answers(long draftId) {
        return dashboard(draftId) + "/answers";
    }

    /** The answering page with a query such as {@code article=3&todo=1}; none for an empty query. */
    static String answers(long draftId, String query) {
        return query == null || query.isEmpty() ? answers(draftId) : answers(draftId) + "?" + query;
    }

    static String export(long draftId) {
        return "feedback/export?draft=" + draftId;
    }

    static String report(long draftId) {
        return dashboard(draftId) + "/report";
    }
}
