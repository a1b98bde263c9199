package vn.gopy.outreach.reach.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.gopy.comments.CommentConfirmed;
import vn.gopy.common.PortalTime;

/**
 * Counts a confirmed comment for the channel its author arrived by, on the day it was confirmed (Vietnam's
 * calendar). Unknown, retired or another draft's codes count nothing. The comments module publishes the event
 * once per comment, when its author confirms it.
 */
@Component
class CommentsByChannel {

    private final ChannelCounts counts;

    CommentsByChannel(ChannelCounts counts) {
        this.counts = counts;
    }

    @ApplicationModuleListener
    void on(CommentConfirmed event) {
        if (event.referral() != null) {
            counts.comment(event.referral(), event.draftId(), event.confirmedAt().atZone(PortalTime.ZONE).toLocalDate());
        }
    }
}
