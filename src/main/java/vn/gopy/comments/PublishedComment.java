package vn.gopy.comments;

import java.time.Instant;
import java.util.List;

/**
 * A published comment as the public sees it: never the e-mail address, and the name only when its author
 * agreed ({@code authorName} is null otherwise).
 */
public record PublishedComment(long id, String articleLabel, String text, String authorName, CommenterKind kind,
        String organisation, String provinceCode, Instant publishedAt, List<CommentAttachmentInfo> attachments) {
}
