package vn.gopy.outreach.reach.ui;

/** The addresses of the agency's channel pages. */
final class ReachLinks {

    private ReachLinks() {
    }

    static String index() {
        return "outreach/channels";
    }

    static String draft(long draftId) {
        return "outreach/channels/" + draftId;
    }
}
