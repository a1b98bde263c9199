package vn.gopy.drafts;

/** An attachment's bytes, for download. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {
}
