package vn.gopy.feedback.ui.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Comments per day as columns, one per day of the range, days without comments as zero. The columns are SVG;
 * the largest count and the date ticks are HTML beside it, so that their text stays sharp and readable at any
 * width (the SVG stretches to fit, which would distort text inside it).
 */
public class DailyChart extends ChartFigure {

    /** A bound against a caller's mistake (e.g. LocalDate.MIN) drawing millions of columns: ten years. */
    static final long MOST_DAYS = 3660;

    private static final int MOST_TICKS = 5;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Day(LocalDate date, long count) {
    }

    /**
     * @param from   the first day shown
     * @param to     the last day shown (inclusive)
     * @param counts comments per day; days missing are zero, days outside the range are left out
     */
    public DailyChart(ChartTexts texts, LocalDate from, LocalDate to, Map<LocalDate, Long> counts) {
        super(texts, "daily-chart");
        List<Day> days = days(from, to, counts);
        long largest = days.stream().mapToLong(Day::count).max().orElse(0);
        if (largest == 0) {
            showEmpty();
            return;
        }
        ChartTable table = newTable();
        days.forEach(day -> table.addRow(DAY.format(day.date()), day.count()));
        Span most = new Span(numbers.format(largest));
        most.addClassName("daily-most");
        Svg columns = new Svg(svg(days, largest));
        columns.addClassName("daily-columns");
        Div picture = new Div(most, columns, ticks(days));
        showPictureAndTable(picture, table);
    }

    private static List<Day> days(LocalDate from, LocalDate to, Map<LocalDate, Long> counts) {
        Objects.requireNonNull(counts, "counts");
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        if (length < 1 || length > MOST_DAYS) {
            throw new IllegalArgumentException("A range of 1 to " + MOST_DAYS + " days, not " + from + " to " + to);
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            long count = counts.getOrDefault(date, 0L);
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + date + " " + count);
            }
            days.add(new Day(date, count));
        }
        return days;
    }

    /**
     * One column per day in a 100-high box that the browser stretches to the chart's size. The markup holds only
     * numbers and dates made here, and the tooltip text is escaped all the same.
     */
    private String svg(List<Day> days, long largest) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(days.size()).append(" 100\" preserveAspectRatio=\"none\" focusable=\"false\">");
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            if (day.count() == 0) {
                continue;
            }
            // a single comment on a busy chart would be thinner than a pixel: give it a visible stub
            double height = Math.max(100.0 * day.count() / largest, 1.5);
            svg.append("<rect x=\"").append(decimal(i + 0.15)).append("\" y=\"").append(decimal(100 - height))
                    .append("\" width=\"0.7\" height=\"").append(decimal(height)).append("\"><title>")
                    .append(xml(TICK.format(day.date()) + ": " + numbers.format(day.count())))
                    .append("</title></rect>");
        }
        return svg.append("</svg>").toString();
    }

    /** A few evenly spread dates under the columns; the first and last sit flush with the edges. */
    private static Div ticks(List<Day> days) {
        Div ticks = new Div();
        ticks.addClassName("daily-ticks");
        int count = Math.min(MOST_TICKS, days.size());
        for (int k = 0; k < count; k++) {
            int index = count == 1 ? 0 : Math.round((float) k * (days.size() - 1) / (count - 1));
            Span tick = new Span(TICK.format(days.get(index).date()));
            tick.addClassName("daily-tick");
            if (k == 0) {
                tick.getStyle().set("left", "0");
            } else if (k == count - 1) {
                tick.getStyle().set("right", "0");
            } else {
                tick.addClassName("daily-tick-middle");
                tick.getStyle().set("left", percent(2L * index + 1, 2L * days.size()));
            }
            ticks.add(tick);
        }
        return ticks;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
