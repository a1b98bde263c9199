package vn.gopy.search.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentConfirmed;
import vn.gopy.comments.CommentDecided;
import vn.gopy.comments.CommentHidden;
import vn.gopy.comments.CommentState;
import vn.gopy.drafts.DraftEvents.DraftChanged;
import vn.gopy.drafts.DraftEvents.DraftRevised;

/**
 * Keeps the comments' documents in step with the comments, driven by the comments module's events, after
 * their commit (see {@link DraftIndexing} for why events rather than automatic indexing). A comment enters
 * the index when its author confirms it, and changes there when a moderator decides it or the public's
 * reports hide it.
 */
@Component
class CommentIndexing {

    private final EntityManager entityManager;

    CommentIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CommentConfirmed event) {
        reindex(event.commentId());
    }

    /**
     * Every letter of a campaign is decided with an event of its own (also a letter published earlier that joins a
     * campaign later), so each re-indexes itself; the lead too, whose count of letters changed.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CommentDecided event) {
        Comment comment = reindex(event.commentId());
        if (comment != null && comment.getCampaignLeadId() != null) {
            reindex(comment.getCampaignLeadId());
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CommentHidden event) {
        reindex(event.commentId());
    }

    /** The draft's title is stored in its comments' documents. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DraftChanged event) {
        reindexCommentsOf(event.draftId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DraftRevised event) {
        reindexCommentsOf(event.draftId());
    }

    private void reindexCommentsOf(long draftId) {
        entityManager.createQuery("select c.id from Comment c where c.draftId = :draft and c.state <> :unconfirmed",
                Long.class).setParameter("draft", draftId).setParameter("unconfirmed", CommentState.AWAITING_CONFIRMATION)
                .getResultList().forEach(this::reindex);
    }

    /** Indexes a confirmed comment; removes any other (none yet: comments are not deleted, but may be one day). */
    private Comment reindex(long commentId) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        Comment comment = entityManager.find(Comment.class, commentId);
        if (comment != null && comment.getState() != CommentState.AWAITING_CONFIRMATION) {
            plan.addOrUpdate(comment);
        } else {
            plan.purge(Comment.class, commentId, null);
        }
        return comment;
    }
}
