package vn.gopy.moderation.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.moderation.internal.grouping.Assignment;
import vn.gopy.moderation.internal.grouping.FormLetters;

@IntegrationTest
class FormLetterGroupingTest {

    static final String LETTER = CampaignLetters.LETTERS.get(1);

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    FormLetters formLetters;
    CommentRows rows;
    long draft;
    long otherDraft;

    @BeforeEach
    void aDraftWithoutComments() {
        database.clear();
        long agency = drafts.agency("BXD");
        draft = drafts.openDraft(agency, "NHA-O/2026", 60);
        otherDraft = drafts.openDraft(agency, "DAT-DAI/2026", 60);
        // A fresh instance each time: the database is emptied and its ids start again between tests.
        formLetters = new FormLetters(jdbc, transactions, clock);
        rows = new CommentRows(jdbc);
    }

    @Test
    void anExactCopyStartsAGroupAroundTheFirstAndNearCopiesJoinIt() {
        Assignment first = assign(draft, LETTER);
        Assignment copy = assign(draft, LETTER);
        Assignment nearCopy = assign(draft, "Kính thưa Bộ Xây dựng,\n" + LETTER.replace("cả đời", "gần cả đời")
                + "\nTrân trọng,\nLê Văn Nam, Huế");

        assertThat(first.grouped()).isFalse();
        assertThat(copy.groupId()).isPresent();
        assertThat(copy.groupSize()).isEqualTo(2);
        assertThat(nearCopy.groupId()).isEqualTo(copy.groupId());
        assertThat(nearCopy.groupSize()).isEqualTo(3);
        assertThat(formLetters.groupOf(first.commentId())).isEqualTo(copy.groupId());
        var group = formLetters.group(copy.groupId().getAsLong()).orElseThrow();
        assertThat(group.representativeCommentId()).isEqualTo(first.commentId());
        assertThat(group.size()).isEqualTo(3);
    }

    @Test
    void commentsOnTheSameSubjectInOtherWordsStayUngrouped() {
        Random random = new Random(7);
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            assignments.add(assign(draft, UnrelatedComments.next(random)));
        }
        assertThat(assignments).noneMatch(Assignment::grouped);
    }

    @Test
    void aLetterQuotedInsideALongerCommentDoesNotMakeItACopy() {
        assign(draft, LETTER);
        assign(draft, LETTER);
        Assignment quoting = assign(draft, "Tôi đọc được trên mạng lời kêu gọi sau: \"" + LETTER + "\" Tôi không đồng ý. "
                + "Quy định về thời hạn sở hữu chỉ áp dụng với nhà chung cư đã hết niên hạn sử dụng và được kiểm định là "
                + "nguy hiểm; việc này bảo vệ chính người ở trong tòa nhà. Đề nghị Ban soạn thảo giữ quy định, nhưng bổ "
                + "sung cơ chế bồi thường theo giá thị trường, thời gian thông báo trước ít nhất hai năm và quyền được "
                + "tái định cư tại chỗ cho các hộ đang sinh sống. Ở nhiều nước, chung cư cũ được xây lại sau bảy mươi năm "
                + "mà không ai mất quyền sở hữu căn hộ mới của mình. Ngoài ra cần làm rõ ai trả chi phí kiểm định.");
        assertThat(quoting.grouped()).isFalse();
    }

    @Test
    void textsUnderTwelveWordsAreNeverGroupedEvenWhenManyPeopleWriteTheSameWords() {
        for (String text : List.of("Tôi đồng ý.", "Tôi đồng ý.", "Đồng ý", "đồng ý!", "Tôi đồng ý với toàn bộ dự thảo này.",
                "Tôi đồng ý với toàn bộ dự thảo này.")) {
            assertThat(assign(draft, text).grouped()).as(text).isFalse();
        }
        String elevenWords = "Tôi đề nghị giữ nguyên Điều 5 vì bảo vệ người";
        assign(draft, elevenWords);
        assertThat(assign(draft, elevenWords).grouped()).isFalse();
        String twelveWords = elevenWords + " thuê.";
        assign(draft, twelveWords);
        assertThat(assign(draft, twelveWords).grouped()).isTrue();
    }

    @Test
    void copiesAreGroupedPerDraftOnly() {
        Assignment here = assign(draft, LETTER);
        Assignment there = assign(otherDraft, LETTER);
        Assignment secondThere = assign(otherDraft, LETTER);

        assertThat(here.grouped()).isFalse();
        assertThat(there.grouped()).isFalse();
        assertThat(secondThere.groupSize()).isEqualTo(2);
        assertThat(formLetters.groupOf(here.commentId())).isEmpty();
    }

    @Test
    void assigningTheSameCommentAgainChangesNothingAndGivesTheSameAnswer() {
        assign(draft, LETTER);
        long id = rows.insert(draft, LETTER);
        Assignment once = formLetters.assign(id, draft, LETTER);
        Assignment twice = formLetters.assign(id, draft, LETTER);

        assertThat(twice).isEqualTo(once);
        assertThat(formLetters.group(once.groupId().getAsLong()).orElseThrow().size()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM form_letter_member").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void variantsAssignedFromEightThreadsAtOnceEndInOneGroup() throws Exception {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(CampaignLetters.variant(2, random));
        }
        List<Long> ids = rows.insert(draft, texts);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Assignment>> assignments = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String text = texts.get(i);
            assignments.add(threads.submit(() -> formLetters.assign(id, draft, text)));
        }
        for (Future<Assignment> assignment : assignments) {
            assignment.get();
        }
        threads.shutdown();

        var largest = formLetters.largest(draft, 5);
        assertThat(largest).hasSize(1);
        assertThat(largest.getFirst().size()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM form_letter_member").query(Long.class).single()).isEqualTo(200);
    }

    @Test
    void afterARestartTheIndexIsRebuiltFromTheTableAndANewCopyJoinsTheExistingGroup() {
        Random random = new Random(3);
        assign(draft, CampaignLetters.variant(0, random));
        Assignment before = assign(draft, CampaignLetters.variant(0, random));
        assign(otherDraft, CampaignLetters.variant(3, random));

        FormLetters restarted = new FormLetters(jdbc, transactions, clock);
        String text = CampaignLetters.variant(0, random);
        Assignment after = restarted.assign(rows.insert(draft, text), draft, text);

        assertThat(after.groupId()).isEqualTo(before.groupId());
        assertThat(after.groupSize()).isEqualTo(3);
    }

    @Test
    void aCommentDeletedAfterTheIndexWasBuiltIsForgottenInsteadOfFailingTheNextCopy() {
        Assignment deleted = assign(draft, LETTER);
        jdbc.sql("DELETE FROM comment WHERE id = ?").param(deleted.commentId()).update();

        Assignment first = assign(draft, LETTER);
        Assignment second = assign(draft, LETTER);

        assertThat(first.grouped()).isFalse();
        assertThat(second.groupSize()).isEqualTo(2);
        assertThat(formLetters.group(second.groupId().getAsLong()).orElseThrow().representativeCommentId())
                .isEqualTo(first.commentId());
    }

    private Assignment assign(long draftId, String text) {
        return formLetters.assign(rows.insert(draftId, text), draftId, text);
    }
}
