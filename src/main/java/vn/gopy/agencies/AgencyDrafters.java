package vn.gopy.agencies;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.security.Role;

/**
 * The people who write an agency's drafts, for mail the portal sends them on its own (the feedback digests).
 * Unlike {@link StaffAccountService} it asks for no role: a scheduled job acts as nobody. It gives only the
 * summaries of that agency's enabled drafters, never a password hash.
 */
@Service
@Transactional(readOnly = true)
public class AgencyDrafters {

    private final EntityManager entityManager;

    AgencyDrafters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The enabled accounts with the drafter role in this agency, by username (one role row each: no duplicates). */
    public List<StaffSummary> enabledOf(long agencyId) {
        return entityManager.createQuery("""
                        SELECT s FROM StaffAccount s JOIN s.roles r
                        WHERE r = :role AND s.enabled = true AND s.agencyId = :agency ORDER BY s.username""",
                        StaffAccount.class)
                .setParameter("role", Role.DRAFTER).setParameter("agency", agencyId)
                .getResultStream().map(StaffAccount::summary).toList();
    }
}
