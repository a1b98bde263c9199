package vn.gopy.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.agencies.AgencyService;
import vn.gopy.common.PortalTime;
import vn.gopy.feedback.internal.FeedbackAccess;
import vn.gopy.feedback.internal.export.CommentExporter;
import vn.gopy.feedback.internal.export.FileNames;

/**
 * Exports of the comments on a draft, on an agency's drafts or on every draft: CSV or XLSX (one row per comment,
 * with its answer) or the attachments as ZIP, for the drafting agency's staff and administrators. Every method
 * asks {@link FeedbackAccess} first: a drafter exports their own agency's comments only; moderators and visitors
 * nothing. E-mail addresses appear only when their authors agreed to be contacted, names only when published.
 * Rows stream from the database to the output, so an export of a million comments needs little memory; the
 * read-only transaction is what lets PostgreSQL's driver read through a cursor.
 */
@Service
public class CommentExports {

    private final FeedbackAccess access;
    private final CommentExporter exporter;
    private final AgencyService agencies;
    private final Clock clock;

    CommentExports(FeedbackAccess access, CommentExporter exporter, AgencyService agencies, Clock clock) {
        this.access = access;
        this.exporter = exporter;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** How many comments the filter matches. */
    @Transactional(readOnly = true)
    public long count(ExportFilter filter) {
        requireAccess(filter);
        return exporter.count(filter);
    }

    /** How many attached files the matching comments have: what a ZIP would hold. */
    @Transactional(readOnly = true)
    public long countAttachments(ExportFilter filter) {
        requireAccess(filter);
        return exporter.countAttachments(filter);
    }

    /**
     * Writes the export to {@code out} (left open), in {@code locale}'s language (Vietnamese unless English), and
     * returns the number of rows written (files, for a ZIP). {@code progress} may stop it by throwing.
     */
    @Transactional(readOnly = true)
    public long write(ExportFilter filter, ExportFormat format, Locale locale, OutputStream out,
            ExportProgress progress) throws IOException {
        requireAccess(filter);
        return exporter.write(filter, format, locale, out, progress);
    }

    /** A file name for the export, e.g. {@code gop-y-DT-2026-BXD-04-2026-11-28.csv} (ASCII only). */
    public String fileName(ExportFilter filter, ExportFormat format) {
        String subject;
        if (filter.draftId() != null) {
            subject = access.requireDraft(filter.draftId()).referenceNumber();
        } else if (filter.agencyId() != null) {
            access.requireAgency(filter.agencyId());
            subject = agencies.find(filter.agencyId()).map(a -> a.code())
                    .orElse("co-quan-" + filter.agencyId());
        } else {
            access.requireAdmin();
            subject = null;
        }
        return FileNames.of(subject, PortalTime.today(clock), format);
    }

    private void requireAccess(ExportFilter filter) {
        if (filter.draftId() != null) {
            access.requireDraft(filter.draftId());
        } else if (filter.agencyId() != null) {
            access.requireAgency(filter.agencyId());
        } else {
            access.requireAdmin();
        }
    }
}
