package vn.gopy.comments;

import java.time.Instant;
import java.util.List;

/**
 * A published comment as the public sees it: never the e-mail address, the name only when its author agreed
 * ({@code authorName} is null otherwise), the text with a moderator's masks. {@code campaignSize} counts the
 * people who sent this same form letter (1 for an ordinary comment).
 */
public record PublishedComment(long id, String articleLabel, String text, String authorName, CommenterKind kind,
        String organisation, String provinceCode, Instant publishedAt, List<CommentAttachmentInfo> attachments,
        int campaignSize) {

    public boolean isCampaign() {
        return campaignSize > 1;
    }
}
