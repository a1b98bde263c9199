package vn.gopy.drafts.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.common.Downloads;
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
        try {
            AttachmentFile file = catalog.attachmentFile(Long.parseLong(id));
            return Downloads.file(file.fileName(), file.mediaType(), file.content());
        } catch (NumberFormatException | NotFoundException e) {
            return Downloads.notFound();
        }
    }
}
