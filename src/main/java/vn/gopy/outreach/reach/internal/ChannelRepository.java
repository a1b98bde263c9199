package vn.gopy.outreach.reach.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChannelRepository extends JpaRepository<Channel, Long> {

    Optional<Channel> findByCode(String code);

    boolean existsByCode(String code);

    @Query("SELECT c FROM Channel c WHERE c.draftId = ?1 ORDER BY c.retiredAt NULLS FIRST, c.createdAt, c.id")
    List<Channel> findByDraft(long draftId);

    @Query("SELECT count(c) > 0 FROM Channel c WHERE c.draftId = ?1 AND lower(c.name) = lower(?2)")
    boolean existsByDraftAndName(long draftId, String name);
}
