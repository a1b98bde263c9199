package vn.gopy.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index at start-up when it is missing or empty while the database has data: a new machine,
 * a deleted index folder, or a restore of the database alone.
 */
@Component
class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final SearchIndex index;

    IndexBootstrap(SearchIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() throws InterruptedException {
        boolean missing = index.counts().stream().anyMatch(c -> c.inIndex() == 0 && c.inDatabase() > 0);
        if (missing) {
            long started = System.nanoTime();
            log.info("The search index is missing or empty; rebuilding it from the database");
            index.rebuildAll();
            log.info("Search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }
}
