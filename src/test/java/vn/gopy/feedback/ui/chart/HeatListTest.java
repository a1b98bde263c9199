package vn.gopy.feedback.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gopy.feedback.ui.chart.ChartProbe.TEXTS;
import static vn.gopy.feedback.ui.chart.ChartProbe.all;
import static vn.gopy.feedback.ui.chart.ChartProbe.elements;
import static vn.gopy.feedback.ui.chart.ChartProbe.only;
import static vn.gopy.feedback.ui.chart.ChartProbe.rows;
import static vn.gopy.feedback.ui.chart.ChartProbe.table;
import static vn.gopy.feedback.ui.chart.ChartProbe.tableOffScreen;

import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.gopy.feedback.ui.chart.HeatList.Entry;

@ViewPackages(packages = "vn.gopy.feedback.ui.chart")
class HeatListTest extends BrowserlessTest {

    private HeatList shown(List<Entry> entries) {
        HeatList list = new HeatList(TEXTS, entries);
        UI.getCurrent().add(list);
        return list;
    }

    @Test
    void eachLineIsShadedInFiveStepsByItsShareOfTheMostCommentedLine() {
        HeatList list = shown(List.of(new Entry("Điều 1", "Phạm vi điều chỉnh", 100, null),
                new Entry("Điều 2", "Đối tượng áp dụng", 50, null), new Entry("Điều 3", "Giải thích từ ngữ", 1, null),
                new Entry("Điều 4", "", 0, null), new Entry("Điều 5", null, 76, null)));

        assertEquals(List.of(List.of("Điều 1 Phạm vi điều chỉnh", "100"), List.of("Điều 2 Đối tượng áp dụng", "50"),
                List.of("Điều 3 Giải thích từ ngữ", "1"), List.of("Điều 4", "0"), List.of("Điều 5", "76")), rows(list));
        List<String> shades = table(list).getBody().getRows().stream()
                .map(row -> row.getClassNames().stream().filter(name -> name.startsWith("heat-")).findFirst().orElseThrow())
                .toList();
        assertEquals(List.of("heat-4", "heat-2", "heat-1", "heat-0", "heat-4"), shades);
    }

    @Test
    void theTableIsThePictureAlwaysOnScreenWithLinksWhereGiven() {
        HeatList list = shown(List.of(new Entry("Điều 1", "Phạm vi", 3, "drafts/7/comments?article=1"),
                new Entry("Điều 2", "Đối tượng", 1, null)));

        NativeTable table = table(list);
        assertFalse(tableOffScreen(list));
        assertTrue(all(list, Button.class).isEmpty(), "nothing to toggle");
        assertTrue(elements(list).stream().noneMatch(e -> e.hasAttribute("aria-hidden")), "the links stay reachable");
        assertEquals("row", table.getBody().getRows().getFirst().getHeaderCells().getFirst().getElement().getAttribute("scope"));
        Anchor link = only(list, Anchor.class);
        assertEquals("drafts/7/comments?article=1", link.getHref());
        assertEquals("Điều 1 Phạm vi", link.getElement().getTextRecursively());
    }

    @Test
    void hostileTextShowsAsTextAndHostileLinksAreRefused() {
        String hostile = "<script>alert(1)</script>";
        HeatList list = shown(List.of(new Entry(hostile, "<b onmouseover=alert(2)>x</b>", 2, null)));

        assertEquals(List.of(List.of(hostile + " <b onmouseover=alert(2)>x</b>", "2")), rows(list));
        assertTrue(elements(list).stream().noneMatch(e -> e.getTag().equals("script") || e.getTag().equals("b")));
        assertFalse(list.getElement().getOuterHTML().contains("<script"));
        for (String href : List.of("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:x")) {
            assertThrows(IllegalArgumentException.class, () -> new Entry("Điều 1", null, 1, href), href);
        }
        for (String href : List.of("https://gopy.gov.vn/x", "/drafts/7", "drafts/7?a=b:c", "#dieu-3")) {
            assertEquals(href, new Entry("Điều 1", null, 1, href).href());
        }
    }

    @Test
    void noCommentsShowTheEmptyText() {
        HeatList list = shown(List.of(new Entry("Điều 1", "Phạm vi", 0, null)));

        assertEquals("Chưa có ý kiến nào.", only(list, Paragraph.class).getText());
        assertTrue(all(list, NativeTable.class).isEmpty());
        assertNull(all(list, NativeTableRow.class).stream().findAny().orElse(null));
    }
}
