package vn.gopy.moderation.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.gopy.comments.CommentConfirmed;
import vn.gopy.comments.CommentDecided;
import vn.gopy.comments.CommentHidden;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;

/**
 * Feeds the queue from the comments' events, after they commit: a confirmed comment is screened, grouped with
 * its form letters and queued; a comment hidden by reports comes back to the queue. Spring Modulith keeps each
 * event until this has handled it, so a crash in between loses nothing (it is handled again on restart, and
 * handling twice changes nothing).
 */
@Component
class QueueFeed {

    private final ModerationItemRepository items;
    private final Screening screening;
    private final Grouping grouping;
    private final DraftCatalog catalog;

    QueueFeed(ModerationItemRepository items, Screening screening, Grouping grouping, DraftCatalog catalog) {
        this.items = items;
        this.screening = screening;
        this.grouping = grouping;
        this.catalog = catalog;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CommentConfirmed event) {
        if (items.existsById(event.commentId())) {
            return;
        }
        DraftCard draft = catalog.commentTarget(event.draftId(), null).draft();
        ModerationItem item = new ModerationItem(event.commentId(), event.draftId(),
                draft.agency() == null ? 0 : draft.agency().id(), event.articleLabel(), event.kind(),
                event.confirmedAt(), screening.screen(event.text()));
        items.saveAndFlush(item);
        grouping.assign(event.commentId(), event.draftId(), event.text()).ifPresent(group -> {
            for (long member : group.newMembers()) {
                items.findById(member).ifPresent(m -> m.joinGroup(group.groupId()));
            }
        });
    }

    /** Decided by any path (the queue, or staff given a tracking number): it waits no more. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CommentDecided event) {
        items.findById(event.commentId()).filter(ModerationItem::isWaiting).ifPresent(ModerationItem::decided);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CommentHidden event) {
        items.findById(event.commentId()).ifPresent(ModerationItem::reported);
    }
}
