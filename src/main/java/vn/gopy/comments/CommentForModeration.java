package vn.gopy.comments;

import java.time.Instant;
import java.util.List;

/**
 * A comment as moderators see it: everything but the author's e-mail address. {@code text} is the original;
 * {@code publicText} what the public sees (with masks) once published; {@code language} is the author's ("vi", "en").
 */
public record CommentForModeration(long id, String trackingNumber, long draftId, String articleLabel, String text,
        String publicText, String authorName, boolean publishName, CommenterKind kind, String organisation,
        String provinceCode, String sectorCode, CommentState state, Instant confirmedAt, Instant decidedAt,
        String decidedBy, String decisionReason, int reportCount, boolean hidden, String language,
        List<CommentAttachmentInfo> attachments) {
}
