package vn.gopy.feedback.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.gopy.feedback.ReceptionReports;

/**
 * The agency's edited report, optional: one DOCX kept in memory until published. Whether it really is a DOCX
 * is checked by the service at publication; the browser only filters by type and size.
 */
class EditedReportField extends Div {

    private final Upload upload;
    private final Span chosen = new Span();
    private byte[] file;
    private String fileName;

    EditedReportField() {
        addClassName("edited-report-field");
        upload = new Upload(UploadHandler.inMemory((metadata, content) -> getUI().ifPresent(ui -> ui.access(() ->
                choose(metadata.fileName(), content)))));
        upload.setAcceptedFileTypes(".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ReceptionReports.MAX_EDITED_BYTES);
        upload.addFileRemovedListener(e -> clear());
        chosen.addClassName("edited-report-chosen");
        chosen.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("feedback.report-page.edited.help")), upload, chosen);
    }

    void choose(String name, byte[] content) {
        this.fileName = name;
        this.file = content;
        chosen.setText(getTranslation("feedback.report-page.edited.chosen", name));
    }

    void clear() {
        file = null;
        fileName = null;
        chosen.setText("");
        upload.clearFileList();
    }

    byte[] file() {
        return file;
    }

    String fileName() {
        return fileName == null ? "" : fileName;
    }
}
