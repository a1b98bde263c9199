package vn.gopy.feedback.ui.export;

import com.vaadin.flow.component.html.Paragraph;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;

/** How many comments (and, for a ZIP, files) the filters keep, or why there is nothing to export. */
class ExportCount extends Paragraph {

    private final CommentExports exports;

    ExportCount(CommentExports exports) {
        this.exports = exports;
        addClassName("export-count");
        getElement().setAttribute("role", "status");
    }

    /** Shows the count for the filter (null: the period is the wrong way round); true if there is something. */
    boolean show(ExportFilter filter, ExportFormat format) {
        boolean exportable = false;
        if (filter == null) {
            setText(getTranslation("feedback.export.bad-period"));
        } else {
            long comments = exports.count(filter);
            if (comments == 0) {
                setText(getTranslation("feedback.export.none"));
            } else if (format == ExportFormat.ZIP) {
                long files = exports.countAttachments(filter);
                setText(getTranslation(files == 0 ? "feedback.export.count-no-files" : "feedback.export.count-files",
                        comments, files));
                exportable = files > 0;
            } else {
                setText(getTranslation("feedback.export.count", comments));
                exportable = true;
            }
        }
        setClassName("export-none", !exportable);
        return exportable;
    }
}
