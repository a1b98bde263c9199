package vn.gopy.comments.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentAttachment;

public interface CommentRepository extends JpaRepository<Comment, Long>, JpaSpecificationExecutor<Comment> {

    Optional<Comment> findByDuplicateKey(String duplicateKey);

    Optional<Comment> findByTrackingNumber(String trackingNumber);

    Optional<Comment> findByConfirmationTokenHash(String confirmationTokenHash);

    long countByCampaignLeadId(long campaignLeadId);

    /** Comments the public sees per article label (null: on the whole draft); a campaign counts once. */
    @Query("""
            select c.articleLabel, count(c) from Comment c
            where c.draftId = :draftId and c.state = vn.gopy.comments.CommentState.PUBLISHED
            and c.hiddenAt is null and c.campaignLeadId is null
            group by c.articleLabel""")
    List<Object[]> countPublishedByArticle(long draftId);

    @Query("""
            select a from CommentAttachment a join a.comment c
            where a.id = :attachmentId and c.state = vn.gopy.comments.CommentState.PUBLISHED and c.hiddenAt is null""")
    Optional<CommentAttachment> findPublishedAttachment(long attachmentId);

    @Modifying
    @Query("""
            delete from Comment c
            where c.state = vn.gopy.comments.CommentState.AWAITING_CONFIRMATION and c.submittedAt < :before""")
    int deleteUnconfirmedSubmittedBefore(Instant before);
}
