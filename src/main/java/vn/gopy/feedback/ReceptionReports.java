package vn.gopy.feedback;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.common.FileKind;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.PublicAddress;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.feedback.internal.DispositionStore;
import vn.gopy.feedback.internal.FeedbackAccess;
import vn.gopy.feedback.internal.ReportEntries;
import vn.gopy.feedback.internal.ReportFromAnswers;
import vn.gopy.feedback.internal.ReportStore;
import vn.gopy.feedback.internal.StatisticsQueries;
import vn.gopy.feedback.internal.report.DocxReportWriter;
import vn.gopy.feedback.internal.report.EditedReport;
import vn.gopy.feedback.internal.report.PdfReportWriter;
import vn.gopy.feedback.internal.report.ReceptionReport;
import vn.gopy.mail.Mail;
import vn.gopy.mail.MailOutbox;
import vn.gopy.security.Role;

/**
 * The reception report: generated from the answers for the agency to read or edit, then published once the
 * consultation has closed and every published comment has its answer. Publishing puts it on the draft's page,
 * moves the draft to "report published" and tells every author by mail where to see their answer.
 */
@Service
@Transactional
public class ReceptionReports {

    /** An edited report larger than this is refused (a report of thousands of comments is a few MB). */
    public static final long MAX_EDITED_BYTES = EditedReport.MAX_BYTES;

    private final ReportFromAnswers content;
    private final ReportStore store;
    private final ReportEntries entries;
    private final StatisticsQueries statistics;
    private final DispositionStore dispositions;
    private final FeedbackAccess access;
    private final DraftService drafts;
    private final MailOutbox outbox;
    private final PublicAddress address;
    private final Clock clock;

    ReceptionReports(ReportFromAnswers content, ReportStore store, ReportEntries entries, StatisticsQueries statistics,
            DispositionStore dispositions, FeedbackAccess access, DraftService drafts, MailOutbox outbox,
            PublicAddress address, Clock clock) {
        this.content = content;
        this.store = store;
        this.entries = entries;
        this.statistics = statistics;
        this.dispositions = dispositions;
        this.access = access;
        this.drafts = drafts;
        this.outbox = outbox;
        this.address = address;
        this.clock = clock;
    }

    /** The report as it would be published now, for the agency to read or to edit. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
    public byte[] generate(long draftId, FileKind format) {
        return write(content.of(access.requireDraft(draftId)), format);
    }

    /**
     * Publishes the generated report, or the agency's edited DOCX when given (then that is what the public
     * gets). Publishing again replaces the published files; the authors are told only the first time.
     */
    @RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
    public void publish(long draftId, byte[] editedDocx) {
        DraftCard draft = access.requireDraft(draftId);
        byte[] edited = editedDocx == null ? null : EditedReport.checkedDocx(editedDocx, MAX_EDITED_BYTES);
        if (draft.status() != DraftStatus.CLOSED && draft.status() != DraftStatus.REPORT_PUBLISHED) {
            throw InvalidInputException.of("report", "feedback.error.report-before-closing");
        }
        long unanswered = dispositions.answerable(draftId) - dispositions.answered(draftId);
        if (unanswered > 0) {
            throw InvalidInputException.of("report", "feedback.error.unanswered", unanswered);
        }
        boolean first = store.find(draftId).isEmpty();
        Instant now = clock.instant();
        if (edited != null) {
            store.save(draftId, null, edited, true, access.username(), now);
        } else {
            ReceptionReport report = content.of(draft);
            store.save(draftId, write(report, FileKind.PDF), write(report, FileKind.DOCX), false,
                    access.username(), now);
        }
        drafts.markReportPublished(draftId);
        if (first) {
            tellAuthors(draft);
        }
    }

    /** The published report of a draft, for anyone. */
    @Transactional(readOnly = true)
    public Optional<PublishedReport> published(long draftId) {
        return store.find(draftId).map(s -> new PublishedReport(draftId, s.publishedAt(), s.hasPdf(), s.edited(),
                statistics.byOutcome(draftId)));
    }

    /** A published report's file, for anyone. */
    @Transactional(readOnly = true)
    public Optional<byte[]> publishedFile(long draftId, FileKind format) {
        return store.file(draftId, format);
    }

    /** The answer an author's comment got, once the report is published (the tracking page shows it). */
    @Transactional(readOnly = true)
    public Optional<Answer> publishedAnswer(long draftId, String trackingNumber) {
        if (store.find(draftId).isEmpty()) {
            return Optional.empty();
        }
        return entries.commentId(draftId, trackingNumber).flatMap(dispositions::answerOf);
    }

    private void tellAuthors(DraftCard draft) {
        String draftLink = address.link("/drafts/" + draft.id() + "#reception-report");
        for (ReportEntries.Author author : entries.authors(draft.id())) {
            Locale locale = "en".equals(author.language()) ? Locale.ENGLISH : Locale.of("vi");
            outbox.queue(new Mail(author.email(), locale, "report-published", Map.of(
                    "trackingNumber", author.trackingNumber(), "draftTitle", draft.title(),
                    "trackingLink", address.link("/track?number=" + author.trackingNumber()),
                    "reportLink", draftLink)));
        }
    }

    private static byte[] write(ReceptionReport report, FileKind format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == FileKind.PDF) {
            new PdfReportWriter().write(report, out);
        } else {
            new DocxReportWriter().write(report, out);
        }
        return out.toByteArray();
    }
}
