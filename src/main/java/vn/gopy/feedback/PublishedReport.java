package vn.gopy.feedback;

import java.time.Instant;
import java.util.List;

import vn.gopy.common.FileKind;
import vn.gopy.feedback.DraftStatistics.Tally;

/**
 * A draft's published reception report as the public sees it: when, in which formats ({@code edited}: the
 * agency's own edited DOCX, then there is no PDF), and how the comments were answered.
 */
public record PublishedReport(long draftId, Instant publishedAt, boolean hasPdf, boolean edited, List<Tally> byOutcome) {

    public List<FileKind> formats() {
        return hasPdf ? List.of(FileKind.PDF, FileKind.DOCX) : List.of(FileKind.DOCX);
    }
}
