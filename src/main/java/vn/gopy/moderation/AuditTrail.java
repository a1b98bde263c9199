package vn.gopy.moderation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.drafts.PageOf;
import vn.gopy.moderation.internal.AuditLog;
import vn.gopy.security.Role;

/** The audit trail of moderation decisions, for administrators: read it page by page, or export it as CSV. */
@Service
@RolesAllowed(Role.Names.ADMIN)
@Transactional(readOnly = true)
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    public PageOf<AuditEntry> page(int page, int pageSize) {
        int size = Math.clamp(pageSize, 1, 200);
        int number = Math.max(0, page);
        return new PageOf<>(log.page(number * size, size), number, size, log.count());
    }

    public long count() {
        return log.count();
    }

    public List<AuditEntry> ofComment(long commentId) {
        return log.ofComment(commentId);
    }

    /** Every entry, oldest first, as CSV (UTF-8 with a byte-order mark, so that Excel reads Vietnamese right). */
    public void exportCsv(Writer out) {
        try {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader("id", "at", "moderator", "comment_id", "tracking_number", "action", "reason", "note").get());
            log.each(e -> {
                try {
                    csv.printRecord(e.id(), e.at(), e.moderator(), e.commentId(), e.trackingNumber(), e.action(),
                            e.reason(), e.note());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
