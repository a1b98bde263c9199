package vn.gopy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;
import org.awaitility.Awaitility;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.ImpactSummary;

/**
 * The index follows the drafts: what is written but unpublished stays out, publishing and revising and
 * editing show at once; and it can be checked against the database and rebuilt with progress.
 */
@IntegrationTest
class IndexCareTest {

    @Autowired SearchService search;
    @Autowired SearchIndex index;
    @Autowired SearchIndexHealth health;
    @Autowired SearchFixtures fixtures;
    @Autowired DraftService drafts;
    @Autowired AgencyService agencies;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void onlyPublicDraftsAndTheArticlesOfTheirCurrentTextAreSearchable() {
        long agency = fixtures.reset();
        TestStaff.drafterOf(agency);
        LocalDateTime opens = LocalDateTime.now().plusDays(1);
        long unpublished = drafts.create(new DraftDetails("U-1", "Dự thảo chưa công bố về cầu cảng", "LAW", agency, "vi",
                "Chưa công bố.", List.of(), opens, opens.plusDays(40), ImpactSummary.none()));
        drafts.saveText(unpublished, List.of(SearchFixtures.article("1", "Cầu cảng", "Quy định về cầu cảng.")));
        assertThat(hits("cau cang")).isEmpty();

        long id = fixtures.draft(agency, "Luật Hàng hải").article("5", "Cảng biển", "Quy định về cảng biển và luồng hàng hải.")
                .publish();
        assertThat(hits("cang bien")).containsExactly(id);
        assertThat(index.counts()).allSatisfy(c -> assertThat(c.matches()).isTrue());

        TestStaff.drafterOf(agency);
        drafts.startRevision(id);
        drafts.saveText(id, List.of(SearchFixtures.article("5", "Cảng cạn", "Quy định về cảng cạn và kho bãi.")));
        assertThat(hits("cang bien")).as("a revision being written is not public yet").containsExactly(id);
        assertThat(hits("kho bai")).isEmpty();

        TestStaff.drafterOf(agency);
        drafts.publishRevision(id, "Thay cảng biển bằng cảng cạn.");
        assertThat(hits("kho bai")).containsExactly(id);
        assertThat(hits("luong hang hai")).as("the old text's articles are gone").isEmpty();
        SearchHit hit = search.search(SearchQuery.of("kho bai"), Locale.ENGLISH).hits().getFirst();
        assertThat(Marks.words(hit.article().snippetHtml())).containsExactly("kho", "bãi");
        assertThat(index.counts()).allSatisfy(c -> assertThat(c.matches()).isTrue());
    }

    @Test
    void editingAPublicDraftReindexesIt() {
        long agency = fixtures.reset();
        long id = fixtures.draft(agency, "Nghị định về phí đường bộ").window(3, 40).publish();
        TestStaff.drafterOf(agency);
        var editing = drafts.forEditing(id).details();
        drafts.update(id, new DraftDetails(editing.referenceNumber(), "Nghị định về phí cao tốc",
                editing.documentTypeCode(), editing.agencyId(), editing.language(), editing.summary(),
                editing.topics(), editing.opensAt(), editing.closesAt(), editing.impact()));

        assertThat(hits("cao toc")).containsExactly(id);
        assertThat(hits("duong bo")).isEmpty();
    }

    @Test
    void renamingAnAgencyReindexesItsDrafts() {
        long agency = fixtures.reset();
        long id = fixtures.draft(agency, "Nghị định về vật liệu").publish();
        TestStaff.admin();
        agencies.update(agency, new AgencyForm("BXD", "Bộ Xây dựng và Đô thị", "Ministry of Construction", "", true));

        assertThat(hits("do thi")).containsExactly(id);
        assertThat(search.search(SearchQuery.of(""), Locale.of("vi")).facet(Facet.AGENCY))
                .extracting(FacetCount::label).containsExactly("Bộ Xây dựng và Đô thị");
    }

    @Test
    void anAdministratorRebuildsTheIndexWithProgressAndTheHealthCheckFollows() {
        long agency = fixtures.reset();
        for (int i = 0; i < 3; i++) {
            fixtures.draft(agency, "Dự thảo số " + i).article("1", "Điều khoản", "Nội dung " + i)
                    .article("2", "Hiệu lực", "Có hiệu lực.").publish();
        }
        var workspace = Search.mapping(entityManagerFactory).scope(Object.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        TestStaff.drafterOf(agency);
        assertThatThrownBy(index::startRebuild).isInstanceOf(AccessDeniedException.class);

        TestStaff.admin();
        assertThat(index.startRebuild()).isTrue();
        Awaitility.await().until(() -> !index.progress().running());

        RebuildProgress done = index.progress();
        assertThat(done.failed()).isFalse();
        assertThat(done.total()).isEqualTo(9); // 3 drafts and their 6 articles
        assertThat(done.done()).isEqualTo(9);
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(hits("hieu luc")).hasSize(3);
    }

    private List<Long> hits(String text) {
        return search.search(SearchQuery.of(text), Locale.ENGLISH).hits().stream().map(h -> h.draft().id()).toList();
    }
}
