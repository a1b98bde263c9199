package vn.gopy.moderation;

import java.time.Instant;

/** One decision in the audit trail: who, when, what, why. */
public record AuditEntry(long id, Instant at, String moderator, long commentId, String trackingNumber, String action,
        String reason, String note) {
}
