package vn.gopy.comments.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentState;
import vn.gopy.common.PublicAddress;
import vn.gopy.mail.Mail;

/** The mail that tells an author whether the comment was published, and if not, why. */
@Component
public class DecisionMail {

    private final PublicAddress address;

    DecisionMail(PublicAddress address) {
        this.address = address;
    }

    public Mail to(Comment comment, String draftTitle) {
        boolean english = "en".equals(comment.getLanguage());
        String where = "drafts/" + comment.getDraftId()
                + (comment.getArticleLabel() == null ? "" : "/articles/" + comment.getArticleLabel());
        boolean published = comment.getState() == CommentState.PUBLISHED;
        return new Mail(comment.getEmail(), english ? Locale.ENGLISH : Locale.of("vi"),
                published ? "comment-published" : "comment-not-published", Map.of(
                        "trackingNumber", comment.getTrackingNumber(),
                        "draftTitle", draftTitle,
                        "reason", published ? "" : comment.getDecisionReason(),
                        "commentLink", address.link(where),
                        "trackingLink", address.link("track?number="
                                + URLEncoder.encode(comment.getTrackingNumber(), StandardCharsets.UTF_8))));
    }
}
