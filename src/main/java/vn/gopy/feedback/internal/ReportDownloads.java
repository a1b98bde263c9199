package vn.gopy.feedback.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.common.Downloads;
import vn.gopy.common.FileKind;
import vn.gopy.feedback.ReceptionReports;

/** Serves published reception reports ({@code /files/reports/<draft id>.pdf|.docx}); unpublished ones get 404. */
@RestController
class ReportDownloads {

    private final ReceptionReports reports;

    ReportDownloads(ReceptionReports reports) {
        this.reports = reports;
    }

    @GetMapping("/files/reports/{draftId}.{extension}")
    ResponseEntity<byte[]> download(@PathVariable String draftId, @PathVariable String extension) {
        FileKind format = "pdf".equals(extension) ? FileKind.PDF
                : "docx".equals(extension) ? FileKind.DOCX : null;
        if (format == null || !draftId.matches("\\d{1,18}")) {
            return Downloads.notFound();
        }
        return reports.publishedFile(Long.parseLong(draftId), format)
                .map(bytes -> Downloads.file(fileName(draftId, format), format.mediaType(), bytes))
                .orElseGet(Downloads::notFound);
    }

    static String fileName(String draftId, FileKind format) {
        return "bao-cao-tiep-thu-giai-trinh-" + draftId + "." + format.extension();
    }
}
