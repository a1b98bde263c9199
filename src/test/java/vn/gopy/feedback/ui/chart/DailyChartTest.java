package vn.gopy.feedback.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gopy.feedback.ui.chart.ChartProbe.TEXTS;
import static vn.gopy.feedback.ui.chart.ChartProbe.all;
import static vn.gopy.feedback.ui.chart.ChartProbe.only;
import static vn.gopy.feedback.ui.chart.ChartProbe.rows;
import static vn.gopy.feedback.ui.chart.ChartProbe.table;
import static vn.gopy.feedback.ui.chart.ChartProbe.toggle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@ViewPackages(packages = "vn.gopy.feedback.ui.chart")
class DailyChartTest extends BrowserlessTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private DailyChart shown(LocalDate from, LocalDate to, Map<LocalDate, Long> counts) {
        DailyChart chart = new DailyChart(TEXTS, from, to, counts);
        UI.getCurrent().add(chart);
        return chart;
    }

    @Test
    void everyDayOfTheRangeIsARowInDateOrderWithZeroForDaysWithoutComments() {
        Map<LocalDate, Long> counts = new HashMap<>();
        counts.put(MARCH_1.plusDays(2), 4L);
        counts.put(MARCH_1, 2L);
        counts.put(MARCH_1.minusDays(1), 9L); // before the range: left out

        DailyChart chart = shown(MARCH_1, MARCH_1.plusDays(4), counts);

        assertEquals(List.of(List.of("01/03/2026", "2"), List.of("02/03/2026", "0"), List.of("03/03/2026", "4"),
                List.of("04/03/2026", "0"), List.of("05/03/2026", "0")), rows(chart));
        assertEquals("4", spans(chart, "daily-most").getFirst(), "the largest count labels the top of the columns");
        assertEquals(List.of("01/03", "02/03", "03/03", "04/03", "05/03"), spans(chart, "daily-tick"));
    }

    @Test
    void theColumnsAreWellFormedSvgAsHighAsTheirShareOfTheLargestDay() throws Exception {
        DailyChart chart = shown(MARCH_1, MARCH_1.plusDays(3), Map.of(MARCH_1, 2L, MARCH_1.plusDays(3), 4L));

        String markup = only(chart, Svg.class).getElement().getProperty("innerHTML");
        // parsed as XML: a browser's HTML parser puts <svg> in the SVG namespace, and so must this markup
        Document svg = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
        assertEquals("0 0 4 100", svg.getDocumentElement().getAttribute("viewBox"));
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            columns.add(rect.getAttribute("x") + " " + rect.getAttribute("y") + " " + rect.getAttribute("height"));
        }
        assertEquals(List.of("0.15 50 50", "3.15 0 100"), columns, "day 1 half as high as day 4, days 2 and 3 empty");
        assertEquals("true", chart.getChildren().filter(c -> c.getElement().getClassList().contains("chart-picture"))
                .findFirst().orElseThrow().getElement().getAttribute("aria-hidden"));
        assertEquals("Xem dạng bảng", toggle(chart).getText());
    }

    @Test
    void aLongRangeGetsOneRowPerDayAndFiveDateTicks() {
        LocalDate last = MARCH_1.plusDays(119);

        DailyChart chart = shown(MARCH_1, last, Map.of(MARCH_1.plusDays(60), 1L));

        assertEquals(120, table(chart).getBody().getRowCount());
        assertEquals(List.of("01/03", "31/03", "30/04", "29/05", "28/06"), spans(chart, "daily-tick"));
    }

    @Test
    void aRangeWithoutCommentsShowsTheEmptyText() {
        DailyChart chart = shown(MARCH_1, MARCH_1.plusDays(30), Map.of(MARCH_1.minusDays(3), 5L));

        assertEquals("Chưa có ý kiến nào.", only(chart, Paragraph.class).getText());
        assertTrue(all(chart, NativeTable.class).isEmpty());
        assertTrue(all(chart, Svg.class).isEmpty());
    }

    @Test
    void aBackwardOrEndlessRangeIsACallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> new DailyChart(TEXTS, MARCH_1, MARCH_1.minusDays(1), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new DailyChart(TEXTS, LocalDate.MIN, MARCH_1, Map.of()));
    }

    @Test
    void theSvgHoldsNoCallersText() {
        DailyChart chart = shown(MARCH_1, MARCH_1, Map.of(MARCH_1, 1L));

        String markup = only(chart, Svg.class).getElement().getProperty("innerHTML");
        assertFalse(markup.contains("Ý kiến"), markup);
        assertTrue(markup.contains("<title>01/03: 1</title>"), markup);
    }

    private static List<String> spans(DailyChart chart, String className) {
        return all(chart, Span.class).stream().filter(span -> span.hasClassName(className)).map(Span::getText).toList();
    }
}
