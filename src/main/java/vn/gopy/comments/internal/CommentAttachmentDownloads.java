package vn.gopy.comments.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.comments.CommentService;
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
        AttachmentFile file;
        try {
            file = comments.publishedAttachment(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            return ResponseEntity.status(404).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body("Không tìm thấy tệp này. / File not found.".getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.content().length)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
