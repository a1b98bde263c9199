package vn.gopy.moderation.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.moderation.internal.grouping.FormLetters;

/** The quality rule on a tenth of the benchmark: 1,000 variants of four campaigns among 10,000 other comments. */
@IntegrationTest
class GroupingQualityTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    @Test
    void atLeast95PercentOfVariantsAreGroupedWithTheirCampaignAndAtMostOnePercentOfOthersAreGrouped() {
        database.clear();
        long draft = drafts.openDraft(drafts.agency("BXD"), "NHA-O/2026", 60);
        FormLetters formLetters = new FormLetters(jdbc, transactions, clock);
        List<SyntheticConsultation.Letter> letters = SyntheticConsultation.of(1_000, 10_000, 2026);
        List<Long> ids = new CommentRows(jdbc).insert(draft, letters.stream().map(SyntheticConsultation.Letter::text).toList());

        for (int i = 0; i < ids.size(); i++) {
            formLetters.assign(ids.get(i), draft, letters.get(i).text());
        }
        GroupingScore score = GroupingScore.of(letters, ids, formLetters);

        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.falseGroupingRate()).isLessThanOrEqualTo(0.01);
        assertThat(score.mixedGroups()).isZero();
    }
}
