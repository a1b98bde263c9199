package vn.gopy.feedback.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;

/** Reads a chart the way a person (or a screen reader) would: its table's rows, its button, its elements. */
final class ChartProbe {

    static final ChartTexts TEXTS = new ChartTexts("Ý kiến theo tỉnh", "Tỉnh/thành", "Số ý kiến",
            "Chưa có ý kiến nào.", "Xem dạng bảng", "Ẩn bảng");

    private ChartProbe() {
    }

    /** Each body row as its cells' texts, e.g. ["Hà Nội", "12"]. */
    static List<List<String>> rows(Component chart) {
        return table(chart).getBody().getRows().stream()
                .map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getTextRecursively()).toList())
                .toList();
    }

    /** The header row's cells as elements, to check their text and scope. */
    static List<Element> headers(Component chart) {
        return table(chart).getHead().getRows().getFirst().getHeaderCells().stream().map(Component::getElement).toList();
    }

    static NativeTable table(Component chart) {
        return only(chart, NativeTable.class);
    }

    /** Whether the table is off screen (screen readers still read it); its box is what goes off screen. */
    static boolean tableOffScreen(Component chart) {
        return table(chart).getElement().getParent().getClassList().contains(ChartFigure.TABLE_OFF_SCREEN);
    }

    static Button toggle(Component chart) {
        return only(chart, Button.class);
    }

    static <T extends Component> List<T> all(Component chart, Class<T> type) {
        return descendants(chart).filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends Component> T only(Component chart, Class<T> type) {
        List<T> found = all(chart, type);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + ", found " + found.size());
        }
        return found.getFirst();
    }

    /** Every element under the chart (text nodes aside), including ones no component wraps (the figcaption). */
    static List<Element> elements(Component chart) {
        List<Element> all = new ArrayList<>();
        collect(chart.getElement(), all);
        return all;
    }

    private static void collect(Element element, List<Element> into) {
        if (element.isTextNode()) {
            return;
        }
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(ChartProbe::descendants));
    }
}
