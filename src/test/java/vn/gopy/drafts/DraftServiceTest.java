package vn.gopy.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.PortalTime;

@IntegrationTest
class DraftServiceTest {

    @Autowired DraftService drafts;
    @Autowired AgencyService agencies;
    @Autowired DraftCatalog catalog;
    @Autowired DraftFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired Clock clock;

    long justice;
    long finance;

    @BeforeEach
    void setUp() {
        database.clear();
        justice = fixtures.agency("BTP");
        finance = fixtures.agency("BTC");
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(PortalTime.ZONE));
    }

    @Test
    void aDrafterPublishesADraftThatReadersThenFindOpen() {
        long id = fixtures.openDraft(justice, "DT-01", 45);

        TestStaff.anonymous();
        DraftPage page = catalog.page(id, null);
        assertThat(page.card().status()).isEqualTo(DraftStatus.OPEN);
        assertThat(page.articles()).extracting(TextBlockView::label).containsExactly("1", "2", "3");
        assertThat(catalog.openNow(10)).extracting(DraftCard::id).containsExactly(id);
    }

    @Test
    void aDrafterOfAnotherAgencyIsRefusedByTheService() {
        long id = fixtures.openDraft(justice, "DT-02", 45);

        TestStaff.drafterOf(finance);
        assertThatThrownBy(() -> drafts.forEditing(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.startRevision(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.create(fixtures.details(justice, "DT-03", now(), now().plusDays(40))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersCannotReachTheDraftersService() {
        TestStaff.anonymous();
        assertThatThrownBy(() -> drafts.myDrafts()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWindowShorterThanTheMinimumIsRefusedAndNothingIsPublished() {
        TestStaff.drafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-04", now().plusDays(1), now().plusDays(10)));
        drafts.saveText(id, DraftFixtures.threeArticles());

        assertThatThrownBy(() -> drafts.publish(id)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.concerns("closesAt")).isTrue());
        assertThat(drafts.forEditing(id).status()).isEqualTo(DraftStatus.DRAFT);
        TestStaff.anonymous();
        assertThat(catalog.browse(DraftFilter.any(), 0, 10).total()).isZero();
    }

    @Test
    void aRetiredAgencyStartsNoNewDraft() {
        TestStaff.admin();
        var agency = agencies.find(finance).orElseThrow();
        agencies.update(finance, new AgencyForm(agency.code(), agency.nameVi(), agency.nameEn(), "", false));
        TestStaff.drafterOf(finance);
        assertThatThrownBy(() -> drafts.create(fixtures.details(finance, "DT-06", now(), now().plusDays(40))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("agencyId")).isTrue());
    }

    @Test
    void aDuplicateReferenceNumberIsRefusedWhateverItsCase() {
        fixtures.openDraft(justice, "DT-05/2026", 40);
        TestStaff.drafterOf(justice);
        assertThatThrownBy(() -> drafts.create(fixtures.details(justice, "dt-05/2026", now(), now().plusDays(40))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.concerns("referenceNumber")).isTrue());
    }
}
