package vn.gopy.feedback.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gopy.feedback.ui.chart.ChartProbe.TEXTS;
import static vn.gopy.feedback.ui.chart.ChartProbe.all;
import static vn.gopy.feedback.ui.chart.ChartProbe.elements;
import static vn.gopy.feedback.ui.chart.ChartProbe.headers;
import static vn.gopy.feedback.ui.chart.ChartProbe.rows;
import static vn.gopy.feedback.ui.chart.ChartProbe.table;
import static vn.gopy.feedback.ui.chart.ChartProbe.tableOffScreen;
import static vn.gopy.feedback.ui.chart.ChartProbe.toggle;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import vn.gopy.feedback.ui.chart.BarChart.Bar;

@ViewPackages(packages = "vn.gopy.feedback.ui.chart")
class BarChartTest extends BrowserlessTest {

    private BarChart shown(List<Bar> bars) {
        BarChart chart = new BarChart(TEXTS, bars);
        UI.getCurrent().add(chart);
        return chart;
    }

    @Test
    void theTableHasTheCaptionHeadersAndEveryBarsNumberInTheGivenOrder() {
        BarChart chart = shown(List.of(new Bar("Huế", 3), new Bar("Hà Nội", 12), new Bar("Cà Mau", 0)));

        assertEquals("figure", chart.getElement().getTag());
        assertEquals("Ý kiến theo tỉnh", elements(chart).stream().filter(e -> e.getTag().equals("figcaption"))
                .findFirst().orElseThrow().getText());
        assertEquals("Ý kiến theo tỉnh", table(chart).getCaptionText());
        assertEquals(List.of("Tỉnh/thành", "Số ý kiến"), headers(chart).stream().map(Element::getText).toList());
        headers(chart).forEach(header -> assertEquals("col", header.getAttribute("scope")));
        assertEquals(List.of(List.of("Huế", "3"), List.of("Hà Nội", "12"), List.of("Cà Mau", "0")), rows(chart));
    }

    @Test
    void barsAreAsLongAsTheirShareOfTheLargestWithTheNumberBeside() {
        BarChart chart = shown(List.of(new Bar("a", 10), new Bar("b", 5), new Bar("c", 1), new Bar("d", 0), new Bar("e", 3)));

        List<String> widths = all(chart, Span.class).stream().filter(span -> span.hasClassName("bar"))
                .map(span -> span.getStyle().get("width")).toList();
        assertEquals(List.of("100%", "50%", "10%", "0%", "30%"), widths);
        List<String> numbers = all(chart, Span.class).stream().filter(span -> span.hasClassName("bar-value"))
                .map(Span::getText).toList();
        assertEquals(List.of("10", "5", "1", "0", "3"), numbers);
    }

    @Test
    void thePictureIsHiddenFromScreenReadersAndTheTableShowsOnRequest() {
        BarChart chart = shown(List.of(new Bar("Hà Nội", 12)));
        Element picture = elements(chart).stream().filter(e -> e.getClassList().contains("chart-picture")).findFirst().orElseThrow();
        Button toggle = toggle(chart);

        assertEquals("true", picture.getAttribute("aria-hidden"));
        assertTrue(tableOffScreen(chart), "off screen, still read by screen readers");
        assertEquals("Xem dạng bảng", toggle.getText());

        test(toggle).click();
        assertFalse(tableOffScreen(chart));
        assertEquals("Ẩn bảng", toggle.getText());

        test(toggle).click();
        assertTrue(tableOffScreen(chart));
        assertEquals("Xem dạng bảng", toggle.getText());
    }

    @Test
    void aHostileLabelShowsAsTextAndMakesNoElement() {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        BarChart chart = shown(List.of(new Bar(hostile, 2)));

        assertEquals(List.of(List.of(hostile, "2")), rows(chart));
        assertTrue(all(chart, Span.class).stream().anyMatch(span -> span.getText().equals(hostile)));
        assertTrue(elements(chart).stream().noneMatch(e -> e.getTag().equals("script") || e.getTag().equals("img")));
        String html = chart.getElement().getOuterHTML();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void nothingToCountShowsTheEmptyTextInsteadOfAChart() {
        for (List<Bar> nothing : List.of(List.<Bar>of(), List.of(new Bar("Hà Nội", 0)))) {
            BarChart chart = shown(nothing);

            assertEquals(List.of("Chưa có ý kiến nào."), all(chart, Paragraph.class).stream().map(Paragraph::getText).toList());
            assertTrue(all(chart, NativeTable.class).isEmpty());
            assertTrue(all(chart, Button.class).isEmpty());
            assertTrue(all(chart, Span.class).isEmpty());
        }
    }

    @Test
    void numbersAreWrittenTheUsersWay() {
        UI.getCurrent().setLocale(Locale.of("vi"));
        BarChart chart = shown(List.of(new Bar("Hà Nội", 1234)));

        assertEquals(List.of(List.of("Hà Nội", "1.234")), rows(chart));
    }

    @Test
    void aNegativeCountIsACallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> new Bar("Hà Nội", -1));
    }
}
