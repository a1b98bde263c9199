package vn.gopy.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.taxonomies.Term;

@IntegrationTest
class HomeViewTest extends ReadingViewTest {

    @Test
    void anOpenDraftIsShownWithItsDaysLeftAndAnUnpublishedOneIsNot() {
        long open = fixtures.openClosingIn(justice, "DT-01", 12);
        fixtures.unpublished(justice, "DT-02");

        TestStaff.anonymous();
        navigate(HomeView.class);

        List<DraftCardView> cards = $(DraftCardView.class).from($(Section.class).withClassName("home-open").first()).all();
        assertThat(cards).hasSize(1);
        DraftCardView card = cards.getFirst();
        assertThat(test(card).find(Anchor.class).single().getHref()).isEqualTo("drafts/" + open);
        assertThat(card.getElement().getTextRecursively())
                .contains("Luật Đất đai (sửa đổi) DT-01", "Cơ quan BTP", "Đang lấy ý kiến", "Còn 12 ngày")
                .doesNotContain("DT-02");
        assertThat($(DraftCardView.class).all()).hasSize(1);
    }

    @Test
    void eachSectionSaysWhatToExpectWhenItIsEmpty() {
        TestStaff.anonymous();
        navigate(HomeView.class);

        assertThat($(Paragraph.class).withClassName("empty-state").all()).extracting(Paragraph::getText)
                .containsExactly(
                        "Hiện chưa có dự thảo nào đang lấy ý kiến. Dự thảo mới sẽ xuất hiện ở đây ngay khi đợt lấy ý kiến bắt đầu.",
                        "Chưa có dự thảo nào được lên lịch lấy ý kiến. Khi cơ quan soạn thảo công bố lịch, dự thảo sẽ xuất hiện ở đây.",
                        "Chưa có đợt lấy ý kiến nào kết thúc. Dự thảo đã kết thúc vẫn được giữ lại ở đây để bạn đọc lại và theo dõi.");
    }

    @Test
    void scheduledAndClosedConsultationsHaveTheirOwnSectionsWithLinksToTheFullLists() {
        fixtures.scheduled(justice, "DT-03", 5);
        fixtures.closed(justice, "DT-04", 3);

        TestStaff.anonymous();
        navigate(HomeView.class);

        Section upcoming = $(Section.class).withClassName("home-upcoming").first();
        assertThat(upcoming.getElement().getTextRecursively()).contains("DT-03", "Bắt đầu sau 5 ngày");
        assertThat(test(upcoming).find(Anchor.class).withClassName("see-all").single().getHref())
                .isEqualTo("consultations?status=upcoming");
        Section closed = $(Section.class).withClassName("home-closed").first();
        assertThat(closed.getElement().getTextRecursively()).contains("DT-04", "Đã kết thúc ngày");
    }

    @Test
    void onItsLastDayAConsultationSaysSoInTheReadersLanguage() {
        Div context = new Div();
        assertThat(ConsultationTiming.remaining(context, Locale.of("vi"), openCard(0))).isEqualTo("Hôm nay là ngày cuối");
        assertThat(ConsultationTiming.remaining(context, Locale.of("vi"), openCard(1))).isEqualTo("Còn 1 ngày");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(ConsultationTiming.remaining(context, Locale.ENGLISH, openCard(0))).isEqualTo("Today is the last day");
        assertThat(ConsultationTiming.remaining(context, Locale.ENGLISH, openCard(1))).isEqualTo("1 day left");
        assertThat(ConsultationTiming.remaining(context, Locale.ENGLISH, openCard(12))).isEqualTo("12 days left");
    }

    private static DraftCard openCard(long daysLeft) {
        Instant now = Instant.now();
        return new DraftCard(1, "DT", "Title", new Term("LAW", "Luật", "Law"),
                new AgencySummary(1, "BTP", "Bộ Tư pháp", "Ministry of Justice", "", true), "vi", DraftStatus.OPEN,
                now.minusSeconds(86_400 * 40), now.plus(Duration.ofDays(daysLeft)), now, "", daysLeft, 0, now);
    }
}
