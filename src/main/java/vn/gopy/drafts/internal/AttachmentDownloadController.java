package vn.gopy.drafts.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.AttachmentFile;
import vn.gopy.drafts.DraftCatalog;

/**
 * Serves a draft's attachment as a download. The catalog decides who may have it (anyone for a public
 * draft, the agency's staff for a preview); everyone else gets the same 404 as for a file that never existed.
 */
@RestController
class AttachmentDownloadController {

    private final DraftCatalog catalog;

    AttachmentDownloadController(DraftCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/files/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        AttachmentFile file;
        try {
            file = catalog.attachmentFile(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            return ResponseEntity.status(404).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body("Không tìm thấy tệp này. / File not found.".getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .body(file.content());
    }
}
