package vn.gopy.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index at start-up when it is out of step with the database: a new machine, a deleted index
 * folder, a restore of the database alone, or a crash between a change and its indexing.
 */
@Component
class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final SearchIndex index;

    IndexBootstrap(SearchIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfOutOfStep() throws InterruptedException {
        boolean outOfStep = index.counts().stream().anyMatch(c -> !c.matches());
        if (outOfStep) {
            log.info("The search index is missing or out of step with the database; rebuilding it");
            index.rebuildAndWait();
        }
    }
}
