package vn.gopy.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;

/** {@link DraftCatalog#latestOpen}: the query behind the feeds of open consultations. */
@IntegrationTest
class LatestOpenDraftsTest {

    @Autowired DraftCatalog catalog;
    @Autowired DraftService drafts;
    @Autowired DraftFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired TestClock clock;

    long btp;
    long older;
    long newer;
    long unpublished;

    @BeforeEach
    void twoOpenDraftsOfTwoAgenciesAndOneUnpublished() {
        database.clear();
        btp = fixtures.agency("BTP");
        long bct = fixtures.agency("BCT");
        older = fixtures.openDraft(btp, "OLD-1", 31);
        newer = fixtures.openDraft(bct, "NEW-1", 31);
        TestStaff.drafterOf(btp);
        unpublished = drafts.create(fixtures.details(btp, "HID-1", null, null));
        TestStaff.anonymous();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theMostRecentlyOpenedComeFirstWithTheSectorsAndProvincesTheyName() {
        var listed = catalog.latestOpen(DraftScope.all(), 10);

        assertThat(listed).extracting(d -> d.card().id()).containsExactly(newer, older);
        assertThat(listed.getFirst().sectors()).containsExactlyInAnyOrder("F", "L");
        assertThat(listed.getFirst().provinces()).containsExactly("ha-noi");
        assertThat(catalog.latestOpen(DraftScope.all(), 1)).extracting(d -> d.card().id()).containsExactly(newer);
    }

    @Test
    void aScopeKeepsTheDraftsOfItsAgencyOrThoseThatNameItsSectorOrProvince() {
        assertThat(catalog.latestOpen(DraftScope.agency(btp), 10)).extracting(d -> d.card().id()).containsExactly(older);
        assertThat(catalog.latestOpen(DraftScope.sector("F"), 10)).hasSize(2);
        assertThat(catalog.latestOpen(DraftScope.sector("A"), 10)).isEmpty();
        assertThat(catalog.latestOpen(DraftScope.province("ha-noi"), 10)).hasSize(2);
        assertThat(catalog.latestOpen(DraftScope.province("da-nang"), 10)).isEmpty();
    }

    @Test
    void aConsultationLeavesAsSoonAsItClosesByTheClockEvenBeforeTheClockJobRuns() {
        clock.advance(Duration.ofDays(40));

        assertThat(catalog.latestOpen(DraftScope.all(), 10)).isEmpty();
    }
}
