package vn.gopy.comments.internal;

import java.util.List;

import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentAttachmentInfo;
import vn.gopy.comments.CommentForModeration;
import vn.gopy.comments.PublishedComment;
import vn.gopy.comments.TrackedComment;

/** Comments as the public and their authors see them. */
public final class CommentViews {

    private CommentViews() {
    }

    public static PublishedComment published(Comment c) {
        return new PublishedComment(c.getId(), c.getArticleLabel(), c.publicText(), c.publicName(), c.getCommenterKind(),
                c.getOrganisation(), c.getProvinceCode(), c.getDecidedAt(), attachments(c), c.getCampaignSize());
    }

    public static CommentForModeration forModeration(Comment c) {
        return new CommentForModeration(c.getId(), c.getTrackingNumber(), c.getDraftId(), c.getArticleLabel(),
                c.getText(), c.publicText(), c.getAuthorName(), c.publicName() != null, c.getCommenterKind(),
                c.getOrganisation(), c.getProvinceCode(), c.getSectorCode(), c.getState(), c.getConfirmedAt(),
                c.getDecidedAt(), c.getDecidedBy(), c.getDecisionReason(), c.getReportCount(), c.getHiddenAt() != null,
                c.getLanguage(), attachments(c));
    }

    private static List<CommentAttachmentInfo> attachments(Comment c) {
        return c.getAttachments().stream()
                .map(a -> new CommentAttachmentInfo(a.getId(), a.getFileName(), a.getSizeBytes())).toList();
    }

    public static TrackedComment tracked(Comment c, String draftTitle, String articleTitle) {
        return new TrackedComment(c.getTrackingNumber(), c.getDraftId(), draftTitle, c.getArticleLabel(), articleTitle,
                c.getText(),
                c.getState(), c.getSubmittedAt(), c.getConfirmationExpiresAt(), c.getConfirmedAt(),
                c.getState() == vn.gopy.comments.CommentState.PUBLISHED ? c.getDecidedAt() : null, c.getDecisionReason());
    }
}
