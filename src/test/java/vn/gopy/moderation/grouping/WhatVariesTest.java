package vn.gopy.moderation.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.moderation.internal.grouping.FormLetters;
import vn.gopy.moderation.internal.grouping.GroupView;
import vn.gopy.moderation.internal.grouping.Variation;
import vn.gopy.moderation.internal.grouping.Variation.Place;

@IntegrationTest
class WhatVariesTest {

    static final String LETTER = CampaignLetters.LETTERS.get(3);

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    FormLetters formLetters;
    CommentRows rows;
    long draft;

    @BeforeEach
    void aDraftWithoutComments() {
        database.clear();
        draft = drafts.openDraft(drafts.agency("BXD"), "NHA-O/2026", 60);
        formLetters = new FormLetters(jdbc, transactions, clock);
        rows = new CommentRows(jdbc);
    }

    @Test
    void aGroupShowsItsCountTheFirstTextAndWhatMembersChangedMostFrequentFirst() {
        assign(LETTER);
        assign(LETTER.replace("hai tháng", "một tháng"));
        assign(LETTER + "\nTrân trọng,\nLê Văn Nam, Huế");
        for (int i = 0; i < 3; i++) {
            assign("Kính thưa Bộ Xây dựng,\n" + LETTER);
        }
        assign(LETTER + "\nTrân trọng,\nVõ Thị Mai, Cần Thơ");

        GroupView group = formLetters.largest(draft, 10).getFirst();

        assertThat(group.size()).isEqualTo(7);
        assertThat(group.representativeText()).isEqualTo(LETTER);
        assertThat(group.sampledMembers()).isEqualTo(6);
        assertThat(group.changedAt()).isEqualTo(Map.of(Place.START, 3, Place.MIDDLE, 1, Place.END, 2));
        List<Variation> variations = group.variations();
        assertThat(variations.getFirst()).isEqualTo(new Variation(Place.START, "", "Kính thưa Bộ Xây dựng,", 3));
        assertThat(variations).contains(new Variation(Place.MIDDLE, "hai", "một", 1),
                new Variation(Place.END, "", "Trân trọng, Lê Văn Nam, Huế", 1));
    }

    @Test
    void whenTheGroupDoublesItsMostTypicalMemberBecomesTheRepresentative() {
        String oddFirstCopy = "Kính gửi Quý cơ quan,\n" + LETTER + " Tôi đã chờ đợi quy định này suốt 12 năm.\nKính thư,\n"
                + "Đặng Hữu Phúc, Nghệ An";
        assign(oddFirstCopy);
        for (int i = 0; i < 2; i++) {
            assign(LETTER);
        }
        assertThat(formLetters.largest(draft, 1).getFirst().representativeText()).isEqualTo(oddFirstCopy);

        assign(LETTER);

        GroupView group = formLetters.largest(draft, 1).getFirst();
        assertThat(group.size()).isEqualTo(4);
        assertThat(group.representativeText()).isEqualTo(LETTER);
        assertThat(group.changedAt()).containsOnlyKeys(Place.START, Place.END).containsValues(1);
    }

    @Test
    void aDraftsLargestGroupsComeFirst() {
        for (int i = 0; i < 2; i++) {
            assign(CampaignLetters.LETTERS.get(0));
        }
        for (int i = 0; i < 4; i++) {
            assign(CampaignLetters.LETTERS.get(2));
        }
        assign(CampaignLetters.LETTERS.get(1));

        List<GroupView> largest = formLetters.largest(draft, 10);

        assertThat(largest).extracting(GroupView::size).containsExactly(4, 2);
        assertThat(largest.getFirst().representativeText()).isEqualTo(CampaignLetters.LETTERS.get(2));
        assertThat(formLetters.largest(draft, 1)).hasSize(1);
    }

    private void assign(String text) {
        formLetters.assign(rows.insert(draft, text), draft, text);
    }
}
