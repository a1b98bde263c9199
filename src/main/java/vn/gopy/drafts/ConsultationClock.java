package vn.gopy.drafts;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.drafts.internal.DraftRepository;

/**
 * Opens and closes consultations when their time comes, without anyone pressing a button. Runs at
 * start-up (to catch up after downtime) and then every {@code gopy.consultation.clock-check-interval}.
 */
@Component
class ConsultationClock {

    private static final Logger log = LoggerFactory.getLogger(ConsultationClock.class);

    private final DraftRepository drafts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConsultationClock(DraftRepository drafts, TransactionTemplate transactions, Clock clock) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        advanceAll();
    }

    @Scheduled(fixedDelayString = "${gopy.consultation.clock-check-interval}")
    void tick() {
        advanceAll();
    }

    /** Moves every draft whose window says so; each in its own transaction, so one failure stops none else. */
    int advanceAll() {
        int moved = 0;
        for (Long id : drafts.findDueForTransition(clock.instant())) {
            try {
                Boolean changed = transactions.execute(tx -> drafts.findById(id).map(draft -> {
                    boolean c = draft.advance(clock.instant());
                    drafts.save(draft);
                    return c;
                }).orElse(false));
                moved += Boolean.TRUE.equals(changed) ? 1 : 0;
            } catch (ObjectOptimisticLockingFailureException e) {
                log.debug("Draft {} changed meanwhile; the next tick moves it", id);
            }
        }
        return moved;
    }
}
