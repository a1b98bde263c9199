package vn.gopy.comments.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.comments.CommentService;
import vn.gopy.common.Downloads;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.AttachmentFile;

/**
 * Serves the attachments of published comments ({@code /files/comments/<id>}); those of comments not
 * published get the same 404 as a file that never existed.
 */
@RestController
class CommentAttachmentDownloads {

    private final CommentService comments;

    CommentAttachmentDownloads(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping("/files/comments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        try {
            AttachmentFile file = comments.publishedAttachment(Long.parseLong(id));
            return Downloads.file(file.fileName(), file.mediaType(), file.content());
        } catch (NumberFormatException | NotFoundException e) {
            return Downloads.notFound();
        }
    }
}
