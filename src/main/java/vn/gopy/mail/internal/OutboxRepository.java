package vn.gopy.mail.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * Locks up to {@code limit} unsent messages that are due, oldest first, for the caller's transaction.
     * {@code SKIP LOCKED} passes over rows another sender (another node, or an earlier run still sending) has
     * locked, so no two senders ever hold the same message and none waits for another.
     */
    @Query(value = """
            SELECT * FROM mail_outbox
            WHERE sent_at IS NULL AND next_attempt_at <= :now
            ORDER BY id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxMessage> claimDue(@Param("now") Instant now, @Param("limit") int limit);
}
