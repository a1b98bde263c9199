package vn.gopy.drafts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import vn.gopy.drafts.Draft;

public interface DraftRepository extends JpaRepository<Draft, Long>, JpaSpecificationExecutor<Draft> {

    @Query("select d from Draft d where lower(d.referenceNumber) = lower(:reference)")
    Optional<Draft> findByReferenceNumber(String reference);

    @Query("select d from Draft d where d.agencyId = :agencyId order by d.updatedAt desc")
    List<Draft> findByAgency(long agencyId);

    @Query("select d from Draft d order by d.updatedAt desc")
    List<Draft> findAllRecentFirst();

    @Query("select d from Draft d join d.attachments a where a.id = :attachmentId")
    Optional<Draft> findByAttachment(long attachmentId);

    /** Drafts whose stored status lags behind the clock: due to open or to close. */
    @Query("""
            select d.id from Draft d
            where (d.status = vn.gopy.drafts.DraftStatus.SCHEDULED and d.window.opensAt <= :now)
               or (d.status = vn.gopy.drafts.DraftStatus.OPEN and d.window.closesAt <= :now)""")
    List<Long> findDueForTransition(Instant now);
}
