package vn.gopy.mail;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.mail.internal.MailDelivery;
import vn.gopy.mail.internal.OutboxMessage;
import vn.gopy.mail.internal.OutboxRepository;
import vn.gopy.security.Role;

/**
 * The outbox for administrators: the messages newest first, one opened to be read, and sending what is due
 * now. Administrators only: the messages hold citizens' addresses and the links that confirm their comments,
 * which moderators have no business following for them.
 */
@Service
@RolesAllowed(Role.Names.ADMIN)
public class OutboxAdministration {

    private final OutboxRepository messages;
    private final EntityManager entityManager;
    private final ObjectProvider<MailDelivery> delivery;

    OutboxAdministration(OutboxRepository messages, EntityManager entityManager, ObjectProvider<MailDelivery> delivery) {
        this.messages = messages;
        this.entityManager = entityManager;
        this.delivery = delivery;
    }

    /** How many messages have a recipient containing {@code recipientFilter} (any case; blank: all). */
    @Transactional(readOnly = true)
    public long count(String recipientFilter) {
        return entityManager.createQuery("SELECT count(m) FROM OutboxMessage m WHERE lower(m.recipient) LIKE :pattern"
                + " ESCAPE '!'", Long.class).setParameter("pattern", pattern(recipientFilter)).getSingleResult();
    }

    /** A page of those messages, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> page(String recipientFilter, int offset, int limit) {
        TypedQuery<OutboxMessage> query = entityManager.createQuery("SELECT m FROM OutboxMessage m"
                + " WHERE lower(m.recipient) LIKE :pattern ESCAPE '!' ORDER BY m.id DESC", OutboxMessage.class);
        return query.setParameter("pattern", pattern(recipientFilter)).setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(OutboxAdministration::entry).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntryText> open(long id) {
        return messages.findById(id).map(m -> new OutboxEntryText(entry(m), m.getTextBody()));
    }

    /** Whether mail leaves the outbox at all: false when no mail server is configured. */
    public boolean mailServerConfigured() {
        return delivery.getIfAvailable() != null;
    }

    /** Sends what is due now rather than at the next poll; returns how many messages went out. */
    public int sendDueNow() {
        MailDelivery sender = delivery.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No mail server is configured (spring.mail.host)");
        }
        return sender.deliverDue();
    }

    private static String pattern(String filter) {
        String text = filter == null ? "" : filter.strip().toLowerCase();
        // An address may hold "_"; the filter looks for it as typed, not as a wildcard.
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static OutboxEntry entry(OutboxMessage m) {
        OutboxEntry.State state = m.isSent() ? OutboxEntry.State.SENT
                : m.getAttempts() > 0 ? OutboxEntry.State.RETRYING : OutboxEntry.State.WAITING;
        return new OutboxEntry(m.getId(), m.getRecipient(), m.getSubject(), m.getCreatedAt(), state, m.getAttempts(),
                m.getLastError(), m.getNextAttemptAt(), m.getSentAt());
    }
}
