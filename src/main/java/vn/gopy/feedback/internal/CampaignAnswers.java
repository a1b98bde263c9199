package vn.gopy.feedback.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.gopy.comments.CommentDecided;
import vn.gopy.comments.CommentState;

/**
 * A letter published into a campaign that was already answered takes the campaign's answer, so that its author
 * hears it too and the progress can reach the end. (Answering writes a row per letter of the campaign as it is
 * then; letters moderated later arrive here.)
 */
@Component
class CampaignAnswers {

    private final DispositionStore store;

    CampaignAnswers(DispositionStore store) {
        this.store = store;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CommentDecided event) {
        if (event.state() == CommentState.PUBLISHED) {
            store.inheritCampaignAnswer(event.commentId());
        }
    }
}
