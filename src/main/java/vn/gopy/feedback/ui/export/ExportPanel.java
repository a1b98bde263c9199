package vn.gopy.feedback.ui.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import vn.gopy.feedback.ExportFormat;

/** Where an export is: a bar and "12,000 / 1,000,000 rows" with Cancel while it runs, then the file's link or why not. */
class ExportPanel extends Div {

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Button cancel = new Button();
    private final Div download = new Div();
    private final Paragraph failure = new Paragraph();

    ExportPanel(Runnable onCancel) {
        addClassName("export-panel");
        bar.getElement().setAttribute("aria-label", getTranslation("feedback.export.progress"));
        status.addClassName("export-status");
        status.getElement().setAttribute("role", "status");
        cancel.setText(getTranslation("feedback.export.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> onCancel.run());
        failure.addClassName("export-failure");
        failure.getElement().setAttribute("role", "alert");
        download.addClassName("export-download");
        add(bar, status, cancel, download, failure);
        show(null);
    }

    void show(ExportJob job) {
        boolean running = job != null && !job.finished();
        bar.setVisible(running);
        cancel.setVisible(running);
        status.setVisible(job != null);
        failure.setVisible(job != null && job.state() == ExportJob.State.FAILED);
        failure.setText(getTranslation("feedback.export.failed"));
        download.removeAll();
        if (job == null) {
            return;
        }
        long total = Math.max(1, job.expectedRows());
        bar.setValue(Math.min(1.0, job.rowsWritten() / (double) total));
        String unit = getTranslation(job.format() == ExportFormat.ZIP
                ? "feedback.export.unit.files" : "feedback.export.unit.rows");
        status.setText(switch (job.state()) {
            case WAITING -> getTranslation("feedback.export.waiting");
            case RUNNING -> getTranslation("feedback.export.running", job.rowsWritten(), job.expectedRows(), unit);
            case DONE -> getTranslation("feedback.export.done", job.rowsWritten(), unit);
            case CANCELLED -> getTranslation("feedback.export.cancelled");
            case FAILED -> "";
        });
        if (job.file() != null) {
            download.add(link(job));
        }
    }

    private Anchor link(ExportJob job) {
        DownloadHandler handler = event -> {
            Path current = job.file();
            if (current == null) {
                // Deleted meanwhile (a newer export, or kept too long): nothing to send.
                event.getResponse().setStatus(410);
                return;
            }
            event.setFileName(job.fileName());
            event.setContentType(job.format().contentType());
            event.setContentLength(Files.size(current));
            try (OutputStream out = event.getOutputStream()) {
                Files.copy(current, out);
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(" " + getTranslation("feedback.export.download", job.fileName()));
        anchor.getElement().setAttribute("download", job.fileName());
        anchor.addClassName("export-link");
        return anchor;
    }
}
