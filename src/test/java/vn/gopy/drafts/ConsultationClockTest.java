package vn.gopy.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.gopy.IntegrationTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftEvents.DraftClosed;
import vn.gopy.drafts.DraftEvents.DraftOpened;
import vn.gopy.drafts.DraftEvents.DraftPublished;

@IntegrationTest
@RecordApplicationEvents
class ConsultationClockTest {

    @Autowired ConsultationClock consultationClock;
    @Autowired DraftService drafts;
    @Autowired DraftCatalog catalog;
    @Autowired DraftFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    long agency;

    @BeforeEach
    void setUp() {
        database.clear();
        agency = fixtures.agency("BCT");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aScheduledConsultationOpensAndLaterClosesWithoutAnyonePressingAButton() {
        TestStaff.drafterOf(agency);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        long id = drafts.create(fixtures.details(agency, "CLK-1", now.plusDays(3), now.plusDays(40)));
        drafts.saveText(id, DraftFixtures.threeArticles());
        drafts.publish(id);
        assertThat(events.stream(DraftPublished.class)).containsExactly(new DraftPublished(id, DraftStatus.SCHEDULED));

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        assertThat(consultationClock.advanceAll()).isEqualTo(1);
        assertThat(events.stream(DraftOpened.class)).containsExactly(new DraftOpened(id));
        TestStaff.anonymous();
        assertThat(catalog.openNow(10)).extracting(DraftCard::id).containsExactly(id);

        clock.advance(Duration.ofDays(37));
        assertThat(consultationClock.advanceAll()).isEqualTo(1);
        assertThat(events.stream(DraftClosed.class)).containsExactly(new DraftClosed(id));
        assertThat(catalog.openNow(10)).isEmpty();
        assertThat(catalog.recentlyClosed(10)).extracting(DraftCard::id).containsExactly(id);
        assertThat(consultationClock.advanceAll()).isZero();
    }

    @Test
    void publishingADraftWhoseWindowHasBegunOpensItAtOnce() {
        long id = fixtures.openDraft(agency, "CLK-2", 35);
        assertThat(events.stream(DraftOpened.class)).containsExactly(new DraftOpened(id));
        assertThat(consultationClock.advanceAll()).isZero();
    }
}
