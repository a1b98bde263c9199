package vn.gopy.drafts.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public addresses of drafts, in one place so that every link people share has the same form:
 * {@code drafts/42}, {@code drafts/42/articles/3}, {@code ?version=1} for an earlier text.
 */
final class DraftLinks {

    private DraftLinks() {
    }

    static String draft(long draftId) {
        return "drafts/" + draftId;
    }

    static String draft(long draftId, Integer version) {
        return draft(draftId) + versionQuery(version);
    }

    static String article(long draftId, String label, Integer version) {
        return draft(draftId) + "/articles/" + URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20")
                + versionQuery(version);
    }

    static String compare(long draftId, int from, int to) {
        return draft(draftId) + "/compare?from=" + from + "&to=" + to;
    }

    private static String versionQuery(Integer version) {
        return version == null ? "" : "?version=" + version;
    }
}
