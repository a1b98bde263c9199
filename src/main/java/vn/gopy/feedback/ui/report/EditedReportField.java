package vn.gopy.feedback.ui.report;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
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
        upload.setI18n(texts());
        upload.addFileRejectedListener(e -> chosen.setText(e.getErrorMessage()));
        chosen.addClassName("edited-report-chosen");
        chosen.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("feedback.report-page.edited.help")), upload, chosen);
    }

    private UploadI18N texts() {
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation("feedback.report-page.edited.add");
        String drop = getTranslation("feedback.report-page.edited.drop");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("feedback.report-page.edited.one"))
                .setFileIsTooBig(getTranslation("feedback.report.error.too-large",
                        ReceptionReports.MAX_EDITED_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("feedback.report.error.not-docx")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
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
