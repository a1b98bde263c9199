package vn.gopy.outreach.alerts.internal;

import java.time.Clock;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.gopy.drafts.DraftEvents.DraftOpened;
import vn.gopy.drafts.DraftEvents.DraftReportPublished;
import vn.gopy.outreach.alerts.AlertKind;

/**
 * Turns the drafts' news into waiting alerts, after the change is committed and after the search index has the
 * draft (saved searches ask the index). The event publication registry hands an event over again if this did
 * not finish (a crash); the waiting alerts' key makes that harmless. Mail is written later, by {@link AlertSender}.
 */
@Component
class DraftAlerts {

    private final DraftMatcher matcher;
    private final Clock clock;

    DraftAlerts(DraftMatcher matcher, Clock clock) {
        this.matcher = matcher;
        this.clock = clock;
    }

    /** Publishing an open draft also says it opened, so this one event covers both ways a consultation opens. */
    @TransactionalEventListener
    @Order(100)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DraftOpened event) {
        matcher.match(event.draftId(), AlertKind.OPENED, clock.instant());
    }

    @TransactionalEventListener
    @Order(100)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DraftReportPublished event) {
        matcher.match(event.draftId(), AlertKind.REPORT, clock.instant());
    }
}
