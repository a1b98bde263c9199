package vn.gopy.comments.internal;

import vn.gopy.comments.CommentAttachmentInfo;
import vn.gopy.comments.PublishedComment;
import vn.gopy.comments.TrackedComment;

/** Comments as the public and their authors see them. */
public final class CommentViews {

    private CommentViews() {
    }

    public static PublishedComment published(Comment c) {
        return new PublishedComment(c.getId(), c.getArticleLabel(), c.getText(), c.publicName(), c.getCommenterKind(),
                c.getOrganisation(), c.getProvinceCode(), c.getDecidedAt(), c.getAttachments().stream()
                        .map(a -> new CommentAttachmentInfo(a.getId(), a.getFileName(), a.getSizeBytes())).toList());
    }

    public static TrackedComment tracked(Comment c, String draftTitle, String articleTitle) {
        return new TrackedComment(c.getTrackingNumber(), c.getDraftId(), draftTitle, c.getArticleLabel(), articleTitle,
                c.getText(),
                c.getState(), c.getSubmittedAt(), c.getConfirmationExpiresAt(), c.getConfirmedAt(),
                c.getState() == vn.gopy.comments.CommentState.PUBLISHED ? c.getDecidedAt() : null, c.getDecisionReason());
    }
}
