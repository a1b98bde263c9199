package vn.gopy.moderation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

public interface ModerationItemRepository extends JpaRepository<ModerationItem, Long>,
        JpaSpecificationExecutor<ModerationItem> {

    /** The item, locked until the decision commits: a second moderator waits, then finds it decided. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ModerationItem i where i.commentId = :commentId")
    Optional<ModerationItem> lockById(long commentId);

    @Query("select i.commentId from ModerationItem i where i.groupId = :groupId and i.waiting = true order by i.confirmedAt")
    List<Long> waitingInGroup(long groupId);

    /** Letters of the group decided earlier: one of them tells whether the group already has a published campaign. */
    @Query("select i.commentId from ModerationItem i where i.groupId = :groupId and i.waiting = false order by i.confirmedAt")
    List<Long> decidedInGroup(long groupId, Limit limit);

    @Query("select count(i) from ModerationItem i where i.groupId = :groupId")
    long countInGroup(long groupId);

    @Query("select distinct i.draftId from ModerationItem i where i.waiting = true")
    List<Long> draftsWithWaiting();
}
