package vn.gopy.feedback.ui.chart;

import java.util.Objects;

/**
 * The words a chart shows, already translated by the caller: the charts know no language of their own.
 *
 * @param caption     the chart's title, also the caption of its data table
 * @param labelHeader the data table's first column header (e.g. "Tỉnh/thành", "Ngày", "Điều")
 * @param valueHeader the data table's number column header (e.g. "Số ý kiến")
 * @param emptyText   shown instead of the chart when there is nothing to count (e.g. "Chưa có ý kiến nào.")
 * @param showTable   the toggle button's text while the table is off screen (e.g. "Xem dạng bảng")
 * @param hideTable   the toggle button's text while the table is shown (e.g. "Ẩn bảng")
 */
public record ChartTexts(String caption, String labelHeader, String valueHeader, String emptyText, String showTable,
        String hideTable) {

    public ChartTexts {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(labelHeader, "labelHeader");
        Objects.requireNonNull(valueHeader, "valueHeader");
        Objects.requireNonNull(emptyText, "emptyText");
        Objects.requireNonNull(showTable, "showTable");
        Objects.requireNonNull(hideTable, "hideTable");
    }
}
