package vn.gopy.drafts.ui.editor;

import java.text.NumberFormat;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.AttachmentInfo;
import vn.gopy.drafts.AttachmentKind;
import vn.gopy.drafts.DraftAttachments;
import vn.gopy.drafts.DraftEditorData;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;

/**
 * Documents that go with the draft (explanatory statement, impact assessment). The service checks each
 * file by its content; its verdict ("this file is not what its name says") shows under the upload.
 */
class AttachmentsTab extends Div {

    private final DraftAttachments attachments;
    private final Runnable draftChanged;
    private final Select<AttachmentKind> kind = new Select<>();
    private final Upload upload;
    private final Paragraph uploadError = new Paragraph();
    private final Div list = new Div();
    private long draftId;

    AttachmentsTab(DraftAttachments attachments, Runnable draftChanged) {
        this.attachments = attachments;
        this.draftChanged = draftChanged;
        addClassName("attachments-tab");
        kind.setLabel(getTranslation("drafts.editor.attachments.kind"));
        kind.setItems(AttachmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("drafts.attachment-kind." + k.name()));
        kind.setPlaceholder(getTranslation("drafts.editor.attachments.kind.placeholder"));
        kind.setRequiredIndicatorVisible(true);
        kind.setManualValidation(true);
        kind.addValueChangeListener(e -> kind.setInvalid(false));

        upload = new Upload(UploadHandler.inMemory((metadata, content) -> attach(metadata.fileName(), content)));
        upload.setAcceptedFileTypes(".pdf", ".docx", "application/pdf", TextSourcePanel.DOCX_TYPE);
        upload.setMaxFileSize((int) DraftAttachments.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this, "drafts.editor.attachments.upload.button",
                "drafts.editor.attachments.upload.drop", "drafts.editor.attachments.upload.wrong-type"));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        uploadError.addClassName("upload-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);

        Paragraph help = new Paragraph(getTranslation("drafts.editor.attachments.help", DraftAttachments.MAX_MEGABYTES));
        help.addClassName("muted");
        list.addClassName("attachment-list");
        Div adding = new Div(new H3(getTranslation("drafts.editor.attachments.add")), help, kind, upload, uploadError);
        adding.addClassName("attachment-add");
        add(new H3(getTranslation("drafts.editor.attachments.attached")), list, adding);
    }

    void show(DraftEditorData data) {
        this.draftId = data.id();
        list.removeAll();
        if (data.attachments().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("drafts.editor.attachments.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        data.attachments().forEach(a -> list.add(row(a, data.isPublished())));
    }

    /** The file can be downloaded once the draft is public; before that it is only named. */
    private Div row(AttachmentInfo attachment, boolean downloadable) {
        Component name = new Span(attachment.fileName());
        if (downloadable) {
            Anchor link = new Anchor(attachment.downloadPath(), attachment.fileName());
            link.setTarget(AnchorTarget.BLANK);
            link.setRouterIgnore(true);
            name = link;
        }
        name.getElement().getClassList().add("attachment-name");
        Span kindLabel = new Span(getTranslation("drafts.attachment-kind." + attachment.kind().name()));
        kindLabel.addClassName("badge");
        Span details = new Span(getTranslation("drafts.editor.attachments.details", size(attachment.sizeBytes()),
                EditorDates.format(attachment.uploadedAt(), getLocale())));
        details.addClassName("muted");
        Button remove = new Button(getTranslation("drafts.editor.attachments.remove"), VaadinIcon.TRASH.create(),
                e -> confirmRemoval(attachment));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("drafts.editor.attachments.remove-named", attachment.fileName()));
        Div row = new Div(kindLabel, name, details, remove);
        row.addClassName("attachment-row");
        return row;
    }

    private void confirmRemoval(AttachmentInfo attachment) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("drafts.editor.attachments.remove.title"),
                getTranslation("drafts.editor.attachments.remove.text", attachment.fileName()),
                getTranslation("drafts.editor.attachments.remove"), e -> {
                    try {
                        attachments.detach(draftId, attachment.id());
                        Notices.success(getTranslation("drafts.editor.attachments.removed", attachment.fileName()));
                    } catch (InvalidInputException problem) {
                        Notices.error(FieldErrors.message(this, problem.problems().getFirst()));
                    }
                    draftChanged.run();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void attach(String fileName, byte[] content) {
        uploadError.setVisible(false);
        upload.clearFileList();
        try {
            AttachmentInfo added = attachments.attach(draftId, kind.getValue(), fileName, content);
            Notices.success(getTranslation("drafts.editor.attachments.added", added.fileName()));
            kind.clear();
            draftChanged.run();
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("attachmentKind", kind)).forEach(this::showError);
        }
    }

    private void showError(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return format.format(Math.max(1, bytes / 1024.0)) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
