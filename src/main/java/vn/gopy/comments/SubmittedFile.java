package vn.gopy.comments;

/** A file attached to a comment, as uploaded: its name and its bytes (checked by content, not by name). */
public record SubmittedFile(String fileName, byte[] content) {
}
