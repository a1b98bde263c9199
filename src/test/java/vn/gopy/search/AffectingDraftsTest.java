package vn.gopy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.search.AffectingDraft.Kind;

/** "What affects me": the open and upcoming drafts that name a profile's sector, size or group, where it is. */
@IntegrationTest
class AffectingDraftsTest {

    private static final Locale VI = Locale.of("vi");

    @Autowired SearchService search;
    @Autowired SearchFixtures fixtures;

    @Test
    void aBusinessSeesTheDraftsForItsSectorBestFirstWithWhyTheyMatch() {
        long agency = fixtures.reset();
        long constructionHanoi = fixtures.draft(agency, "Quy định xây dựng tại Hà Nội").sectors("F")
                .sizes(BusinessSize.SMALL).provinces("ha-noi").publish();
        long constructionNationwide = fixtures.draft(agency, "Quy chuẩn xây dựng").sectors("F").publish();
        long sizeOnly = fixtures.draft(agency, "Hỗ trợ doanh nghiệp nhỏ").sizes(BusinessSize.SMALL).publish();
        long otherProvince = fixtures.draft(agency, "Xây dựng tại Đà Nẵng").sectors("F").provinces("da-nang").publish();
        long otherSector = fixtures.draft(agency, "Quy định ngân hàng").sectors("K").publish();
        long upcoming = fixtures.draft(agency, "Xây dựng sắp lấy ý kiến").sectors("F").window(5, 40).publish();

        List<AffectingDraft> found = search.affecting(
                new ImpactProfile(Set.of("F"), BusinessSize.SMALL, "ha-noi", Set.of()), 20, VI);

        assertThat(found).extracting(a -> a.draft().id())
                .containsExactly(constructionHanoi, constructionNationwide, upcoming, sizeOnly)
                .doesNotContain(otherProvince, otherSector);
        assertThat(found.getFirst().reasons()).extracting(AffectingDraft.Reason::kind)
                .containsExactly(Kind.SECTOR, Kind.SIZE, Kind.PROVINCE);
        assertThat(found.getFirst().reasons().getFirst().label()).isEqualTo("Xây dựng");
        assertThat(found.get(1).reasons()).extracting(AffectingDraft.Reason::kind)
                .containsExactly(Kind.SECTOR, Kind.ALL_SIZES, Kind.NATIONWIDE);
    }

    @Test
    void aCitizenSeesTheDraftsForTheirGroupsAndClosedDraftsAreLeftOut() {
        long agency = fixtures.reset();
        long forBuyers = fixtures.draft(agency, "Nhà ở cho người mua nhà").groups("HOME_BUYERS").publish();
        fixtures.draft(agency, "Về người lao động").groups("WORKERS").publish();

        List<AffectingDraft> found = search.affecting(new ImpactProfile(Set.of(), null, null, Set.of("HOME_BUYERS")),
                20, Locale.ENGLISH);

        assertThat(found).extracting(a -> a.draft().id()).containsExactly(forBuyers);
        assertThat(found.getFirst().reasons()).extracting(AffectingDraft.Reason::kind)
                .containsExactly(Kind.CITIZEN_GROUP, Kind.NATIONWIDE);
        assertThat(search.affecting(new ImpactProfile(Set.of(), null, null, Set.of()), 20, VI)).isEmpty();
    }
}
