package vn.gopy.feedback.ui.chart;

import java.text.NumberFormat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A chart's numbers as a real table: a caption, column headers with scope="col", and each row's label as a row
 * header, so that a screen reader announces "Hà Nội, Số ý kiến, 12" rather than a bare number.
 */
final class ChartTable extends NativeTable {

    private final NumberFormat numbers;

    ChartTable(ChartTexts texts, NumberFormat numbers) {
        this.numbers = numbers;
        addClassName("chart-table");
        setCaptionText(texts.caption());
        NativeTableRow head = getHead().addRow();
        header(head, texts.labelHeader(), "col");
        header(head, texts.valueHeader(), "col").addClassName("chart-number");
    }

    NativeTableRow addRow(String label, long value) {
        NativeTableRow row = getBody().addRow();
        header(row, label, "row");
        number(row, value);
        return row;
    }

    NativeTableRow addRow(Component label, long value) {
        NativeTableRow row = getBody().addRow();
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", "row");
        cell.add(label);
        number(row, value);
        return row;
    }

    private static NativeTableHeaderCell header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", scope);
        cell.setText(text);
        return cell;
    }

    private void number(NativeTableRow row, long value) {
        NativeTableCell cell = row.addDataCell();
        cell.addClassName("chart-number");
        cell.setText(numbers.format(value));
    }
}
