package vn.gopy.common;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets the event publications that every listener has handled, once they are older than
 * {@code gopy.events.completed-kept-for}: Spring Modulith keeps them as a record, and each comment confirmed or
 * decided adds a few, so without this the table would only grow. Unhandled ones are never touched: they are
 * what gets handled again after a crash.
 */
@Component
public class CompletedEvents {

    private final CompletedEventPublications completed;
    private final Duration keptFor;

    CompletedEvents(CompletedEventPublications completed, @Value("${gopy.events.completed-kept-for}") Duration keptFor) {
        this.completed = completed;
        this.keptFor = keptFor;
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    public void forgetOld() {
        completed.deletePublicationsOlderThan(keptFor);
    }
}
