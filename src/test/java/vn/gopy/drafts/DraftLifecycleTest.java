package vn.gopy.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.PortalTime;

/** The draft aggregate's own rules, without a database. */
class DraftLifecycleTest {

    static final Duration MINIMUM = Duration.ofDays(30);
    static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 26, 12, 0);
    static final Instant NOW = NOON.atZone(PortalTime.ZONE).toInstant();

    static Draft draft(LocalDateTime opens, LocalDateTime closes) {
        Draft draft = new Draft(new DraftDetails("DT-1", "Luật Đất đai (sửa đổi)", "LAW", 1L, "vi", "Tóm tắt",
                List.of(), opens, closes, ImpactSummary.none()), NOW);
        draft.replaceWorkingText(DraftFixtures.threeArticles(), NOW);
        ReflectionTestUtils.setField(draft, "id", 1L); // as if saved: events carry the id
        return draft;
    }

    static InvalidInputException refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the action to be refused");
    }

    @Test
    void aNewDraftIsNotPublicAndAcceptsNoComments() {
        Draft draft = draft(NOON, NOON.plusDays(40));
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.statusAt(NOW.plusSeconds(60))).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.acceptsCommentsAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void publishingBeforeTheOpeningSchedulesAndTheClockOpensAndClosesIt() {
        Draft draft = draft(NOON.plusDays(2), NOON.plusDays(40));
        draft.publish(NOW, MINIMUM);
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.SCHEDULED);

        assertThat(draft.advance(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThat(draft.advance(NOW.plus(Duration.ofDays(2)))).isTrue();
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.OPEN);
        assertThat(draft.advance(NOW.plus(Duration.ofDays(40)))).isTrue();
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void aScheduledDraftWhoseWholeWindowPassedIsClosedInOneStep() {
        Draft draft = draft(NOON.plusDays(2), NOON.plusDays(40));
        draft.publish(NOW, MINIMUM);
        draft.advance(NOW.plus(Duration.ofDays(41)));
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void commentsAreJudgedByTheClockEvenWhenTheStoredStatusLags() {
        Draft draft = draft(NOON.minusMinutes(5), NOON.plusDays(31));
        draft.publish(NOW, MINIMUM);
        Instant afterClosing = NOW.plus(Duration.ofDays(31));
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.OPEN);
        assertThat(draft.acceptsCommentsAt(afterClosing)).isFalse();
        assertThat(draft.statusAt(afterClosing)).isEqualTo(DraftStatus.CLOSED);
        assertThat(draft.acceptsCommentsAt(NOW.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void theMinimumLengthCountsFromNowWhenTheOpeningHasPassed() {
        Draft draft = draft(NOON.minusDays(10), NOON.plusDays(25));
        InvalidInputException e = refusal(() -> draft.publish(NOW, MINIMUM));
        assertThat(e.concerns("closesAt")).isTrue();
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.DRAFT);
    }

    @Test
    void aConsultationAlreadyHeldCanBeRecordedWithItsRealWindow() {
        Draft draft = draft(NOON.minusDays(50), NOON.minusDays(10));
        draft.publishAsRecord(NOW, MINIMUM);
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRefusedAtOnce() {
        assertThatThrownBy(() -> draft(NOON.plusDays(5), NOON.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("closesAt")).isTrue());
    }

    @Test
    void aDraftWithoutArticlesCannotBePublished() {
        Draft draft = draft(NOON.plusDays(1), NOON.plusDays(40));
        draft.replaceWorkingText(List.of(new TextBlockData(BlockKind.TEXT, "", "", "Lời nói đầu")), NOW);
        assertThat(refusal(() -> draft.publish(NOW, MINIMUM)).concerns("text")).isTrue();
    }

    @Test
    void theOpeningOfAnOpenConsultationCannotMoveButItsClosingCanBeExtended() {
        Draft draft = draft(NOON.minusMinutes(1), NOON.plusDays(35));
        draft.publish(NOW, MINIMUM);
        DraftDetails moved = new DraftDetails("DT-1", "Luật Đất đai (sửa đổi)", "LAW", 1L, "vi", "Tóm tắt", List.of(),
                NOON.plusDays(1), NOON.plusDays(60), ImpactSummary.none());
        assertThat(refusal(() -> draft.edit(moved, NOW, MINIMUM)).concerns("opensAt")).isTrue();

        DraftDetails extended = new DraftDetails("DT-1", "Luật Đất đai (sửa đổi)", "LAW", 1L, "vi", "Tóm tắt",
                List.of(), NOON.minusMinutes(1), NOON.plusDays(60), ImpactSummary.none());
        draft.edit(extended, NOW, MINIMUM);
        assertThat(draft.window().closesAt()).isEqualTo(NOON.plusDays(60).atZone(PortalTime.ZONE).toInstant());
    }

    @Test
    void theReferenceNumberIsFixedOnceTheDraftIsPublic() {
        Draft draft = draft(NOON.plusDays(1), NOON.plusDays(40));
        draft.publish(NOW, MINIMUM);
        DraftDetails renamed = new DraftDetails("DT-2", "Luật Đất đai (sửa đổi)", "LAW", 1L, "vi", "Tóm tắt",
                List.of(), NOON.plusDays(1), NOON.plusDays(40), ImpactSummary.none());
        assertThat(refusal(() -> draft.edit(renamed, NOW, MINIMUM)).concerns("referenceNumber")).isTrue();
    }

    @Test
    void aRevisionStartsFromTheCurrentTextAndNeedsAChangeNoteToBePublished() {
        Draft draft = draft(NOON.minusMinutes(1), NOON.plusDays(40));
        draft.publish(NOW, MINIMUM);
        draft.startRevision(NOW);
        assertThat(draft.versions().working()).get().satisfies(v -> {
            assertThat(v.getNumber()).isEqualTo(2);
            assertThat(v.text()).isEqualTo(DraftFixtures.threeArticles());
        });
        assertThat(draft.versions().current().getNumber()).isEqualTo(1);

        assertThat(refusal(() -> draft.publishRevision(" ", NOW)).concerns("changeNote")).isTrue();
        draft.publishRevision("Sửa Điều 2 theo ý kiến góp ý.", NOW);
        assertThat(draft.versions().current().getNumber()).isEqualTo(2);
        assertThat(draft.versions().number(1)).get().satisfies(v -> assertThat(v.isPublished()).isTrue());
    }

    @Test
    void aPublishedVersionNeverChanges() {
        Draft draft = draft(NOON.minusMinutes(1), NOON.plusDays(40));
        draft.publish(NOW, MINIMUM);
        assertThatThrownBy(() -> draft.replaceWorkingText(DraftFixtures.threeArticles(), NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnpublishedDraftIsEditedDirectlyNotRevised() {
        Draft draft = draft(NOON.plusDays(1), NOON.plusDays(40));
        assertThat(refusal(() -> draft.startRevision(NOW)).concerns("status")).isTrue();
    }
}
