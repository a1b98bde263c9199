package vn.gopy.search.ui;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import vn.gopy.common.PortalTime;
import vn.gopy.search.RebuildProgress;

/** Where the latest rebuild of the index is: a bar while it runs, then when it ended and how, or why it failed. */
class RebuildPanel extends Div {

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Paragraph failure = new Paragraph();

    RebuildPanel() {
        addClassName("rebuild-panel");
        bar.addClassName("rebuild-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("search.index.progress"));
        status.addClassName("rebuild-status");
        status.getElement().setAttribute("role", "status");
        failure.addClassName("rebuild-failure");
        failure.getElement().setAttribute("role", "alert");
        add(bar, status, failure);
    }

    void show(RebuildProgress progress) {
        bar.setVisible(progress.running());
        bar.setValue(progress.fraction());
        failure.setVisible(progress.failed());
        failure.setText(progress.failed() ? getTranslation("search.index.failed", progress.failure()) : "");
        if (progress.running()) {
            status.setText(getTranslation("search.index.running", progress.done(), progress.total(),
                    Math.round(progress.fraction() * 100)));
        } else if (progress.finishedAt() != null) {
            status.setText(getTranslation(progress.failed() ? "search.index.failed-at" : "search.index.done-at",
                    time(progress.finishedAt()), progress.done()));
        } else {
            status.setText(getTranslation("search.index.never"));
        }
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(ZonedDateTime.ofInstant(instant, PortalTime.ZONE));
    }
}
