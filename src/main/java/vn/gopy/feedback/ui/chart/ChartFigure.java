package vn.gopy.feedback.ui.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * What every chart shares: a figure with its caption, then either the empty-state text or the picture with a data
 * table behind it. The picture is hidden from screen readers (aria-hidden); the table carries the same numbers for
 * them. The table is only visually hidden, so screen readers still read it; the toggle shows it on screen for
 * keyboard users and anyone who prefers numbers.
 */
@Tag("figure")
abstract class ChartFigure extends Component implements HasStyle, HasSize {

    /** Off screen but still read by screen readers (display:none would hide it from them too). */
    static final String TABLE_OFF_SCREEN = "chart-table-off-screen";

    final ChartTexts texts;
    final NumberFormat numbers;

    ChartFigure(ChartTexts texts, String kind) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.numbers = NumberFormat.getIntegerInstance(getLocale());
        addClassNames("chart", kind);
        Element caption = new Element("figcaption").setText(texts.caption());
        caption.getClassList().add("chart-caption");
        getElement().appendChild(caption);
    }

    ChartTable newTable() {
        return new ChartTable(texts, numbers);
    }

    void showEmpty() {
        Paragraph empty = new Paragraph(texts.emptyText());
        empty.addClassNames("chart-empty", "empty-state");
        append(empty);
    }

    void showPictureAndTable(Component picture, ChartTable table) {
        picture.getElement().setAttribute("aria-hidden", "true");
        picture.getElement().getClassList().add("chart-picture");
        // the box, not the table, goes off screen: a table will not shrink to one pixel and would widen the page
        Div tableBox = new Div(table);
        tableBox.addClassNames("chart-table-box", TABLE_OFF_SCREEN);
        Button toggle = new Button(texts.showTable());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("chart-toggle");
        toggle.addClickListener(click -> {
            boolean showing = tableBox.hasClassName(TABLE_OFF_SCREEN);
            tableBox.setClassName(TABLE_OFF_SCREEN, !showing);
            toggle.setText(showing ? texts.hideTable() : texts.showTable());
        });
        append(picture);
        append(toggle);
        append(tableBox);
    }

    /** For a chart whose table is itself the picture (the heat list): always on screen, no toggle. */
    void showTable(ChartTable table) {
        append(table);
    }

    private void append(Component child) {
        getElement().appendChild(child.getElement());
    }

    /** A CSS percentage of the largest value, e.g. "50%" or "33.33%"; largest must be positive. */
    static String percent(long value, long largest) {
        return decimal(100.0 * value / largest) + "%";
    }

    /** A number for CSS or SVG: a dot for decimals whatever the user's language, at most two of them. */
    static String decimal(double number) {
        return BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
