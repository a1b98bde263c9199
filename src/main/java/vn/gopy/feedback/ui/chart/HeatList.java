package vn.gopy.feedback.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * The table of contents as a heat map: each part or article shaded by its share of the comments, in five steps
 * (CSS classes heat-0 for none to heat-4 for the most), its count printed. Unlike the other charts the picture is
 * the table itself, always on screen: the shade only repeats the printed count, and the links must stay
 * reachable by keyboard, which an aria-hidden picture would not allow.
 */
public class HeatList extends ChartFigure {

    static final int STEPS = 5;

    /** Link schemes a browser would run or hand to another program; only web links and relative ones pass. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):.*", Pattern.DOTALL);

    /**
     * One line of the table of contents.
     *
     * @param label e.g. "Điều 3"
     * @param title e.g. "Phạm vi điều chỉnh"; may be null or blank
     * @param count comments on it
     * @param href  where the line leads (e.g. its comments), relative or http(s); null for no link
     */
    public record Entry(String label, String title, long count, String href) {
        public Entry {
            Objects.requireNonNull(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + count);
            }
            if (href != null && !safe(href)) {
                throw new IllegalArgumentException("Not a web link: " + href);
            }
        }
    }

    public HeatList(ChartTexts texts, List<Entry> entries) {
        super(texts, "heat-list");
        long largest = entries.stream().mapToLong(Entry::count).max().orElse(0);
        if (largest == 0) {
            showEmpty();
            return;
        }
        ChartTable table = newTable();
        for (Entry entry : entries) {
            table.addRow(heading(entry), entry.count()).addClassName("heat-" + step(entry.count(), largest));
        }
        showTable(table);
    }

    /** 0 for no comments; otherwise 1 to 4 by quarter of the largest count, so any comment shows some shade. */
    static int step(long count, long largest) {
        return count == 0 ? 0 : (int) Math.max(1, Math.ceil((STEPS - 1) * (double) count / largest));
    }

    private static Component heading(Entry entry) {
        Span label = new Span(entry.label());
        label.addClassName("heat-label");
        List<Component> parts = new ArrayList<>(List.of(label));
        if (entry.title() != null && !entry.title().isBlank()) {
            Span title = new Span(entry.title());
            title.addClassName("heat-title");
            parts.add(new Text(" ")); // so that a screen reader does not run "Điều 3" and the title together
            parts.add(title);
        }
        Component[] children = parts.toArray(Component[]::new);
        return entry.href() == null ? new Span(children) : new Anchor(entry.href(), children);
    }

    /** Browsers drop control characters and spaces before reading a scheme ("java\tscript:"), so this does too. */
    private static boolean safe(String href) {
        var scheme = SCHEME.matcher(href.replaceAll("[\\x00-\\x20]", ""));
        return !scheme.matches() || scheme.group(1).equalsIgnoreCase("http") || scheme.group(1).equalsIgnoreCase("https");
    }
}
