package vn.gopy.feedback.ui.chart;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Horizontal bars in the order given, each as long as its share of the largest value, its number beside it.
 * Labels are set as text, never as HTML, so whatever a commenter typed shows as typed.
 */
public class BarChart extends ChartFigure {

    /** One bar: its label (e.g. a province) and its count. */
    public record Bar(String label, long value) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (value < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + value);
            }
        }
    }

    public BarChart(ChartTexts texts, List<Bar> bars) {
        super(texts, "bar-chart");
        long largest = bars.stream().mapToLong(Bar::value).max().orElse(0);
        if (largest == 0) {
            showEmpty();
            return;
        }
        Div picture = new Div();
        ChartTable table = newTable();
        for (Bar bar : bars) {
            picture.add(row(bar, largest));
            table.addRow(bar.label(), bar.value());
        }
        showPictureAndTable(picture, table);
    }

    private Div row(Bar bar, long largest) {
        Span label = new Span(bar.label());
        label.addClassName("bar-label");
        Span length = new Span();
        length.addClassName("bar");
        length.getStyle().setWidth(percent(bar.value(), largest));
        if (bar.value() == 0) {
            length.addClassName("bar-zero"); // the others get a sliver at least, so that a small count shows
        }
        Span value = new Span(numbers.format(bar.value()));
        value.addClassName("bar-value");
        Div line = new Div(length, value);
        line.addClassName("bar-line");
        Div row = new Div(label, line);
        row.addClassName("bar-row");
        return row;
    }
}
