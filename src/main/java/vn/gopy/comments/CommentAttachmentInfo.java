package vn.gopy.comments;

/** An attachment of a published comment, for a download link ({@code comments/attachments/<id>}). */
public record CommentAttachmentInfo(long id, String fileName, long sizeBytes) {
}
