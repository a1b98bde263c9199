package vn.gopy.comments.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.gopy.comments.CommentOrder;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.Referral;

/**
 * The public addresses of the comments pages, in one place: the form ({@code drafts/42/articles/3/comment}),
 * the tracking page ({@code track?number=...}), a draft's comments ({@code drafts/42?comments=oldest&by=BUSINESS})
 * and an attachment's download ({@code comments/attachments/7}).
 */
final class CommentLinks {

    /** The query parameters of the comments section on a draft's page. */
    static final String ORDER = "comments";
    static final String KIND = "by";
    static final String PAGE = "cpage";
    /** Where the comments section starts on the draft's page. */
    static final String SECTION_ID = "comments";

    private CommentLinks() {
    }

    static String form(long draftId, String articleLabel) {
        return articleLabel == null ? "drafts/" + draftId + "/comment"
                : article(draftId, articleLabel) + "/comment";
    }

    /** The form, carrying the way the reader arrived at the draft (null: none). */
    static String form(long draftId, String articleLabel, String referral) {
        return referral == null ? form(draftId, articleLabel)
                : form(draftId, articleLabel) + "?" + Referral.PARAMETER + "=" + encode(referral);
    }

    static String article(long draftId, String articleLabel) {
        return "drafts/" + draftId + "/articles/" + encode(articleLabel);
    }

    static String draft(long draftId, String articleLabel) {
        return articleLabel == null ? "drafts/" + draftId : article(draftId, articleLabel);
    }

    /** The draft's page showing the comments on one article (or all: null), in an order, from a kind, at a page. */
    static String comments(long draftId, String articleLabel, CommentOrder order, CommenterKind kind, int page) {
        StringBuilder query = new StringBuilder("?" + ORDER + "=" + order.name().toLowerCase(Locale.ROOT));
        if (kind != null) {
            query.append('&').append(KIND).append('=').append(kind.name());
        }
        if (page > 1) {
            query.append('&').append(PAGE).append('=').append(page);
        }
        return draft(draftId, articleLabel) + query;
    }

    static String track(String trackingNumber) {
        return trackingNumber == null ? "track" : "track?number=" + encode(trackingNumber);
    }

    static String attachment(long attachmentId) {
        return "comments/attachments/" + attachmentId;
    }

    static String privacy() {
        return "privacy";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
