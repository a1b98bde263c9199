package vn.gopy.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.NotFoundException;
import vn.gopy.common.PortalTime;

@IntegrationTest
class DraftCatalogHistoryTest {

    @Autowired DraftService drafts;
    @Autowired DraftCatalog catalog;
    @Autowired DraftFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired Clock clock;

    long justice;

    @BeforeEach
    void setUp() {
        database.clear();
        justice = fixtures.agency("BTP");
    }

    @Test
    void theHistoryListsPublishedVersionsOnlyNotARevisionBeingWritten() {
        long id = fixtures.openDraft(justice, "DT-01", 40);
        TestStaff.drafterOf(justice);
        drafts.startRevision(id);
        drafts.publishRevision(id, "Sửa Điều 2.");
        drafts.startRevision(id);

        TestStaff.anonymous();
        DraftHistory history = catalog.history(id);

        assertThat(history.card().id()).isEqualTo(id);
        assertThat(history.versions()).extracting(VersionInfo::number).containsExactly(1, 2);
        assertThat(history.versions().getLast().changeNote()).isEqualTo("Sửa Điều 2.");
        assertThat(history.hasVersion(3)).isFalse();
    }

    @Test
    void anUnpublishedDraftHasNoPublicHistory() {
        TestStaff.drafterOf(justice);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        long id = drafts.create(fixtures.details(justice, "DT-02", now.plusDays(1), now.plusDays(40)));

        TestStaff.anonymous();
        assertThatThrownBy(() -> catalog.history(id)).isInstanceOf(NotFoundException.class);
    }
}
