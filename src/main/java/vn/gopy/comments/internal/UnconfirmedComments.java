package vn.gopy.comments.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes comments that were never confirmed once they are older than the privacy notice promises
 * ({@code gopy.comments.unconfirmed-kept-for}): nobody proved the address was theirs, so nothing is kept.
 */
@Component
public class UnconfirmedComments {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedComments.class);

    private final CommentRepository comments;
    private final CommentSettings settings;
    private final Clock clock;

    UnconfirmedComments(CommentRepository comments, CommentSettings settings, Clock clock) {
        this.comments = comments;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public int deleteExpired() {
        int deleted = comments.deleteUnconfirmedSubmittedBefore(clock.instant().minus(settings.unconfirmedKeptFor()));
        if (deleted > 0) {
            log.info("Deleted {} comments never confirmed", deleted);
        }
        return deleted;
    }
}
