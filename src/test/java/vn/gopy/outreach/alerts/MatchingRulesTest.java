package vn.gopy.outreach.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.outreach.alerts.AlertFixtures.topic;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.KeepsSecurityStrategy;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;

/**
 * Which subscribers a draft that opens concerns, rule by rule: each test has a subscriber whose topic matches
 * and one whose topic does not, and the draft's news waits for the first only. Searches and profiles ask the
 * real Lucene index.
 */
@ExtendWith(KeepsSecurityStrategy.class)
@IntegrationTest
class MatchingRulesTest {

    @Autowired AlertFixtures fixtures;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;

    long finance;
    long construction;

    @BeforeEach
    void twoAgencies() {
        database.clear();
        fixtures.clear();
        finance = drafts.agency("BTC");
        construction = drafts.agency("BXD");
    }

    @Test
    void anAgencyTopicMatchesTheDraftsOfThatAgencyOnly() {
        fixtures.subscribe("btc@example.vn", Frequency.DAILY, topic(TopicKind.AGENCY, "BTC"));
        fixtures.subscribe("bxd@example.vn", Frequency.DAILY, topic(TopicKind.AGENCY, "BXD"));
        long draft = fixtures.openDraft(finance, "Luật Thuế thu nhập cá nhân", "LAW", Set.of("K"), Set.of());
        assertThat(fixtures.pending("btc@example.vn")).containsExactly(draft + ":OPENED");
        assertThat(fixtures.pending("bxd@example.vn")).isEmpty();
    }

    @Test
    void aSectorTopicMatchesADraftThatNamesTheSectorAmongOthers() {
        fixtures.subscribe("f@example.vn", Frequency.DAILY, topic(TopicKind.SECTOR, "F"));
        fixtures.subscribe("a@example.vn", Frequency.DAILY, topic(TopicKind.SECTOR, "A"));
        long draft = fixtures.openDraft(construction, "Luật Nhà ở", "LAW", Set.of("F", "L"), Set.of());
        assertThat(fixtures.pending("f@example.vn")).containsExactly(draft + ":OPENED");
        assertThat(fixtures.pending("a@example.vn")).isEmpty();
    }

    @Test
    void aProvinceTopicMatchesADraftThatNamesTheProvinceButNotANationwideOne() {
        fixtures.subscribe("hue@example.vn", Frequency.DAILY, topic(TopicKind.PROVINCE, "hue"));
        long local = fixtures.openDraft(construction, "Quy hoạch đô thị Huế", "DECISION", Set.of("F"), Set.of("hue"));
        fixtures.openDraft(construction, "Luật Quy hoạch", "LAW", Set.of("F"), Set.of());
        fixtures.openDraft(construction, "Quy hoạch Đà Nẵng", "DECISION", Set.of("F"), Set.of("da-nang"));
        assertThat(fixtures.pending("hue@example.vn")).containsExactly(local + ":OPENED");
    }

    @Test
    void aDocumentTypeTopicMatchesThatTypeOnly() {
        fixtures.subscribe("decree@example.vn", Frequency.DAILY, topic(TopicKind.DOCUMENT_TYPE, "DECREE"));
        long decree = fixtures.openDraft(finance, "Nghị định về hóa đơn", "DECREE", Set.of("K"), Set.of());
        fixtures.openDraft(finance, "Thông tư về hóa đơn", "CIRCULAR", Set.of("K"), Set.of());
        assertThat(fixtures.pending("decree@example.vn")).containsExactly(decree + ":OPENED");
    }

    @Test
    void aSavedSearchMatchesTheDraftsThatSearchFindsWordsAndFiltersAlike() {
        fixtures.subscribe("words@example.vn", Frequency.DAILY, topic(TopicKind.SEARCH, "q=hoa+don"));
        fixtures.subscribe("filtered@example.vn", Frequency.DAILY, topic(TopicKind.SEARCH, "q=hóa+đơn&type=CIRCULAR"));
        long decree = fixtures.openDraft(finance, "Nghị định về hóa đơn điện tử", "DECREE", Set.of("K"), Set.of());
        long circular = fixtures.openDraft(finance, "Thông tư hướng dẫn hóa đơn", "CIRCULAR", Set.of("K"), Set.of());
        fixtures.openDraft(construction, "Luật Nhà ở", "LAW", Set.of("F"), Set.of());
        assertThat(fixtures.pending("words@example.vn")).as("diacritics folded, as the search does")
                .containsExactly(decree + ":OPENED", circular + ":OPENED");
        assertThat(fixtures.pending("filtered@example.vn")).containsExactly(circular + ":OPENED");
    }

    @Test
    void aProfileMatchesAsTheAffectsMePageDoesNationwideDraftsIncluded() {
        fixtures.subscribe("builder@example.vn", Frequency.DAILY, topic(TopicKind.PROFILE, "sector=F&province=hue"));
        long nationwide = fixtures.openDraft(construction, "Luật Xây dựng", "LAW", Set.of("F"), Set.of());
        long inHue = fixtures.openDraft(construction, "Quy định xây dựng ở Huế", "DECISION", Set.of("F"), Set.of("hue"));
        fixtures.openDraft(construction, "Quy định xây dựng ở Đà Nẵng", "DECISION", Set.of("F"), Set.of("da-nang"));
        fixtures.openDraft(finance, "Luật Ngân hàng", "LAW", Set.of("K"), Set.of());
        assertThat(fixtures.pending("builder@example.vn")).containsExactly(nationwide + ":OPENED", inHue + ":OPENED");
    }

    @Test
    void aDraftMatchedBySeveralTopicsWaitsOnceAndAnUnsubscribedAddressGetsNothing(@Autowired AlertService alerts) {
        fixtures.subscribe("many@example.vn", Frequency.DAILY, topic(TopicKind.AGENCY, "BXD"),
                topic(TopicKind.SECTOR, "F"), topic(TopicKind.SEARCH, "q=nhà+ở"), topic(TopicKind.DOCUMENT_TYPE, "LAW"));
        String gone = fixtures.subscribe("gone@example.vn", Frequency.DAILY, topic(TopicKind.SECTOR, "F"));
        alerts.unsubscribe(gone);
        long draft = fixtures.openDraft(construction, "Luật Nhà ở", "LAW", Set.of("F"), Set.of());
        assertThat(fixtures.pending("many@example.vn")).containsExactly(draft + ":OPENED");
        assertThat(fixtures.pending("gone@example.vn")).isEmpty();
    }
}
