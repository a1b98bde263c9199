package vn.gopy.feedback.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import vn.gopy.common.PortalTime;
import vn.gopy.feedback.AnswerFilter;
import vn.gopy.feedback.DraftStatistics;
import vn.gopy.feedback.DraftStatistics.ArticleTally;
import vn.gopy.feedback.DraftStatistics.Tally;
import vn.gopy.feedback.Outcome;
import vn.gopy.feedback.ui.chart.BarChart;
import vn.gopy.feedback.ui.chart.BarChart.Bar;
import vn.gopy.feedback.ui.chart.ChartTexts;
import vn.gopy.feedback.ui.chart.DailyChart;
import vn.gopy.feedback.ui.chart.HeatList;

/**
 * Turns a draft's statistics into the dashboard's charts, each with its words in the reader's language: codes
 * become names here, the charts only draw. The table of contents links each article to its comments.
 */
final class DashboardCharts {

    static final int GROUP_EXCERPT = 90;
    /** The daily chart's range at most: ten years (its own bound is a little more). */
    static final long MOST_DAYS = 3650;

    private final Component context;
    private final long draftId;
    private final DraftStatistics statistics;

    DashboardCharts(Component context, long draftId, DraftStatistics statistics) {
        this.context = context;
        this.draftId = draftId;
        this.statistics = statistics;
    }

    BarChart byKind() {
        return bars("by-kind", statistics.byKind(), code -> FeedbackFormats.kind(context, code));
    }

    BarChart byProvince(Function<String, String> provinceName) {
        return bars("by-province", statistics.byProvince(), provinceName);
    }

    /** Only businesses name a sector: the others are left out rather than drawn as one long "not given" bar. */
    BarChart bySector(Function<String, String> sectorName) {
        return bars("by-sector", statistics.bySector().stream().filter(t -> t.code() != null).toList(), sectorName);
    }

    /** The table of contents as a heat map, then the draft as a whole; each line opens its comments to answer. */
    HeatList byArticle() {
        List<HeatList.Entry> entries = new ArrayList<>();
        for (ArticleTally article : statistics.byArticle()) {
            entries.add(new HeatList.Entry(FeedbackFormats.article(context, article.label()), article.title(),
                    article.count(), answers(new AnswerFilter(article.label(), null, null, false))));
        }
        entries.add(new HeatList.Entry(context.getTranslation("feedback.article.whole-draft"), null,
                statistics.onWholeDraft(), answers(new AnswerFilter(AnswerFilter.WHOLE_DRAFT, null, null, false))));
        HeatList list = new HeatList(texts("by-article"), entries);
        list.addClassName("chart-by-article");
        return list;
    }

    /**
     * Comments per day over the consultation so far: from its opening (or the first comment, if earlier) to today
     * or its closing, whichever comes first (or the last comment, if later).
     */
    DailyChart perDay(Instant opensAt, Instant closesAt, LocalDate today) {
        Map<LocalDate, Long> days = statistics.perDay();
        LocalDate from = opensAt == null ? today : opensAt.atZone(PortalTime.ZONE).toLocalDate();
        LocalDate to = closesAt == null || today.isBefore(closesAt.atZone(PortalTime.ZONE).toLocalDate()) ? today
                : closesAt.atZone(PortalTime.ZONE).toLocalDate();
        if (!days.isEmpty()) {
            from = min(from, statistics.perDay().firstKey());
            to = max(to, statistics.perDay().lastKey());
        }
        from = max(min(from, to), to.minusDays(MOST_DAYS - 1));
        DailyChart chart = new DailyChart(texts("per-day"), from, to, days);
        chart.addClassName("chart-per-day");
        return chart;
    }

    BarChart largestGroups() {
        ChartTexts texts = new ChartTexts(t("feedback.dashboard.groups"), t("feedback.dashboard.groups.label"),
                t("feedback.dashboard.groups.count"), t("feedback.dashboard.groups.empty"),
                t("feedback.dashboard.show-table"), t("feedback.dashboard.hide-table"));
        BarChart chart = new BarChart(texts, statistics.largestGroups().stream()
                .map(g -> new Bar(FeedbackFormats.excerpt(g.excerpt(), GROUP_EXCERPT), g.size())).toList());
        chart.addClassName("chart-groups");
        return chart;
    }

    /** Every outcome, none left out, then the published comments not answered yet. */
    BarChart byOutcome() {
        List<Bar> bars = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            long count = statistics.byOutcome().stream().filter(t -> outcome.name().equals(t.code()))
                    .mapToLong(Tally::count).sum();
            bars.add(new Bar(FeedbackFormats.outcome(context, outcome), count));
        }
        long unanswered = Math.max(0, statistics.totals().published() - statistics.totals().answered());
        bars.add(new Bar(t("feedback.dashboard.unanswered"), unanswered));
        BarChart chart = new BarChart(texts("by-outcome"), bars);
        chart.addClassName("chart-by-outcome");
        return chart;
    }

    private BarChart bars(String name, List<Tally> tallies, Function<String, String> label) {
        BarChart chart = new BarChart(texts(name), tallies.stream()
                .map(t -> new Bar(t.code() == null ? t("feedback.not-given") : label.apply(t.code()), t.count()))
                .toList());
        chart.addClassName("chart-" + name);
        return chart;
    }

    private ChartTexts texts(String name) {
        return new ChartTexts(t("feedback.dashboard." + name), t("feedback.dashboard." + name + ".label"),
                t("feedback.dashboard.count"), t("feedback.dashboard.chart-empty"), t("feedback.dashboard.show-table"),
                t("feedback.dashboard.hide-table"));
    }

    private String answers(AnswerFilter filter) {
        return FeedbackLinks.answers(draftId, AnswerAddress.first(filter).query());
    }

    private String t(String key) {
        return context.getTranslation(key);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
