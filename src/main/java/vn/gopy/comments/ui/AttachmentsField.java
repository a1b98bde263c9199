package vn.gopy.comments.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.gopy.comments.SubmittedFile;

/**
 * Up to three PDF files of up to 10 MB each. The browser refuses other files at once, to save a useless
 * upload; the service checks every file by its content on submission, and its verdict shows here.
 */
class AttachmentsField extends Div implements HasValidation {

    static final int MAX_FILES = 3;
    static final int MAX_MEGABYTES = 10;

    private final List<SubmittedFile> files = new ArrayList<>();
    private final Upload upload;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph error = new Paragraph();
    private boolean invalid;

    AttachmentsField() {
        addClassName("comment-attachments-field");
        Span label = new Span(getTranslation("comments.form.attachments"));
        label.addClassName("field-label");
        label.setId("comment-attachments-label");
        Paragraph help = new Paragraph(getTranslation("comments.form.attachments.help", MAX_FILES, MAX_MEGABYTES));
        help.addClassName("muted");
        upload = new Upload(UploadHandler.inMemory((metadata, content) -> add(metadata.fileName(), content)));
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setMaxFiles(MAX_FILES);
        upload.setI18n(texts());
        upload.getElement().setAttribute("aria-labelledby", "comment-attachments-label");
        upload.addFileRejectedListener(e -> setError(e.getErrorMessage()));
        list.addClassName("attached-files");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(label, help, list, upload, error);
    }

    List<SubmittedFile> files() {
        return List.copyOf(files);
    }

    private void add(String fileName, byte[] content) {
        upload.clearFileList();
        setInvalid(false);
        if (files.size() >= MAX_FILES) {
            setError(getTranslation("comments.form.attachments.too-many", MAX_FILES));
            return;
        }
        files.add(new SubmittedFile(fileName, content));
        redraw();
    }

    private void redraw() {
        list.removeAll();
        for (SubmittedFile file : files) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                files.remove(file);
                redraw();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("comments.form.attachments.remove", file.fileName()));
            Span name = new Span(file.fileName());
            list.add(new ListItem(name, remove));
        }
        upload.setMaxFiles(Math.max(1, MAX_FILES - files.size()));
        upload.setVisible(files.size() < MAX_FILES);
    }

    private void setError(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    private UploadI18N texts() {
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation("comments.form.attachments.add");
        String drop = getTranslation("comments.form.attachments.drop");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("comments.form.attachments.too-many", MAX_FILES))
                .setFileIsTooBig(getTranslation("comments.form.attachments.too-big", MAX_MEGABYTES))
                .setIncorrectFileType(getTranslation("comments.form.attachments.not-pdf")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
        setClassName("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
