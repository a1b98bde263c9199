package vn.gopy.drafts;

import java.time.Instant;

/** An attachment as readers see it; {@link #downloadPath()} serves the file. */
public record AttachmentInfo(long id, AttachmentKind kind, String fileName, String mediaType, long sizeBytes,
        Instant uploadedAt) {

    public String downloadPath() {
        return "files/attachments/" + id;
    }
}
