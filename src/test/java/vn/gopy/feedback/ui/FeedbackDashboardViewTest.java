package vn.gopy.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftService;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.Outcome;
import vn.gopy.feedback.ui.FeedbackFixtures.Author;
import vn.gopy.feedback.ui.chart.BarChart;
import vn.gopy.feedback.ui.chart.DailyChart;
import vn.gopy.feedback.ui.chart.HeatList;
import vn.gopy.taxonomies.Taxonomies;

/** A draft's dashboard: its totals, its charts with their tables, its links; and the list of drafts. */
class FeedbackDashboardViewTest extends FeedbackViewTest {

    @Autowired Taxonomies taxonomies;
    @Autowired DraftService draftService;

    private Component chart(String name) {
        return $(Component.class).withClassName("chart-" + name).single();
    }

    private String number(String name) {
        Div box = $(Div.class).withClassName("dashboard-" + name).single();
        return $(Span.class).from(box).withClassName("dashboard-number-value").single().getText();
    }

    @Test
    void theDashboardShowsTheNumbersAndEveryChartWithItsTable() {
        long individual = published("1", "Đề nghị làm rõ phạm vi điều chỉnh.");
        comments.published(draft, "1", "Doanh nghiệp đề nghị giảm thủ tục.", Author.business("ho-chi-minh", "F"));
        comments.awaiting(draft, null, "Ý kiến chung.", Author.business("ho-chi-minh", "F"));
        comments.rejected(draft, "3", "Quảng cáo.", Author.association("ha-noi"));
        comments.campaign(draft, "2", 3, "ha-noi");
        asDrafter();
        dispositions.answer(individual, new Answer(Outcome.ACCEPTED, "", "1"));

        open("feedback/" + draft);

        assertThat($(H1.class).single().getText()).isEqualTo("Luật Đất đai (sửa đổi) GY-1");
        assertThat(List.of(number("confirmed"), number("published"), number("not-published"), number("awaiting")))
                .containsExactly("7", "5", "1", "1");
        assertThat(pageText()).contains(t("feedback.progress.answered", 1, 5));

        assertThat(rows($(BarChart.class).withClassName("chart-by-kind").single())).containsExactly(
                List.of(t("comments.kind.INDIVIDUAL"), "4"), List.of(t("comments.kind.BUSINESS"), "2"),
                List.of(t("comments.kind.ASSOCIATION"), "1"));
        Locale vi = Locale.of("vi");
        assertThat(rows(chart("by-province"))).containsExactly(
                List.of(taxonomies.provinces().name("ha-noi", vi), "5"),
                List.of(taxonomies.provinces().name("ho-chi-minh", vi), "2"));
        assertThat(rows(chart("by-sector"))).containsExactly(List.of(taxonomies.sectors().name("F", vi), "2"));
        assertThat(rows(chart("by-article"))).containsExactly(
                List.of("Điều 1 Phạm vi điều chỉnh", "2"), List.of("Điều 2 Đối tượng áp dụng", "3"),
                List.of("Điều 3 Giải thích từ ngữ", "1"), List.of(t("feedback.article.whole-draft"), "1"));
        assertThat($(Anchor.class).from($(HeatList.class).single()).all()).extracting(Anchor::getHref).containsExactly(
                "feedback/" + draft + "/answers?article=1", "feedback/" + draft + "/answers?article=2",
                "feedback/" + draft + "/answers?article=3", "feedback/" + draft + "/answers?article=whole");
        assertThat(rows(chart("by-outcome"))).containsExactly(List.of(t("feedback.outcome.ACCEPTED"), "1"),
                List.of(t("feedback.outcome.PARTLY_ACCEPTED"), "0"), List.of(t("feedback.outcome.NOT_ACCEPTED"), "0"),
                List.of(t("feedback.outcome.NOTED"), "0"), List.of(t("feedback.dashboard.unanswered"), "4"));
        assertThat(rows(chart("groups"))).singleElement().satisfies(row -> {
            assertThat(row.get(0)).contains("Chúng tôi, những người dân sống ven sông").endsWith("…");
            assertThat(row.get(1)).isEqualTo("3");
        });
        List<List<String>> days = rows($(DailyChart.class).single());
        assertThat(days).isNotEmpty();
        assertThat(days.getLast().get(1)).as("every comment was confirmed today").isEqualTo("7");

        assertThat($(Anchor.class).withClassName("answers-link").single().getHref()).isEqualTo("feedback/" + draft + "/answers");
        assertThat($(Anchor.class).withClassName("export-link").single().getHref()).isEqualTo("feedback/export?draft=" + draft);
        assertThat($(Anchor.class).withClassName("report-link").single().getHref()).isEqualTo("feedback/" + draft + "/report");
    }

    @Test
    void aDraftWithoutCommentsSaysSoInsteadOfEmptyCharts() {
        asDrafter();

        open("feedback/" + draft);

        assertThat($(Paragraph.class).withClassName("dashboard-empty").single().getText()).isEqualTo(t("feedback.dashboard.empty"));
        assertThat(number("confirmed")).isEqualTo("0");
        assertThat($(BarChart.class).exists()).isFalse();
        assertThat($(Anchor.class).withClassName("answers-link").exists()).isTrue();
    }

    @Test
    void theListShowsTheAgencysPublicDraftsWithTheirProgress() {
        long first = published("1", "Ý kiến một.");
        published("2", "Ý kiến hai.");
        asDrafter();
        dispositions.answer(first, new Answer(Outcome.NOTED, "", null));
        LocalDateTime now = LocalDateTime.now(PortalTime.ZONE);
        draftService.create(drafts.details(agency, "GY-2", now.plusDays(1), now.plusDays(40)));
        long other = drafts.agency("BTC");
        asDrafter();

        open("feedback");

        assertThat(pageText()).contains("Luật Đất đai (sửa đổi) GY-1", t("feedback.index.published", 2),
                t("feedback.progress.short", 1, 2), t("drafts.status.OPEN"));
        assertThat(pageText()).as("a draft being written has no feedback").doesNotContain("GY-2");
        assertThat($(Anchor.class).withClassName("answers-link").single().getHref()).isEqualTo("feedback/" + draft + "/answers");

        signIn(() -> TestStaff.drafterOf(other));
        open("feedback");
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).isEqualTo(t("feedback.index.empty"));
    }
}
