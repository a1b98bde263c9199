package vn.gopy.drafts.ui.editor;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import vn.gopy.drafts.DraftAttachments;

/** The upload component's own texts (buttons, rejections) in the reader's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component context, String buttonKey, String dropKey, String wrongTypeKey) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(context.getTranslation(buttonKey))
                .setMany(context.getTranslation(buttonKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(context.getTranslation(dropKey))
                .setMany(context.getTranslation(dropKey)));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(context.getTranslation("drafts.editor.upload.one-at-a-time"))
                .setFileIsTooBig(context.getTranslation("drafts.error.file-too-large", DraftAttachments.MAX_MEGABYTES))
                .setIncorrectFileType(context.getTranslation(wrongTypeKey)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(context.getTranslation("drafts.editor.upload.connecting"))
                        .setProcessing(context.getTranslation("drafts.editor.upload.processing"))
                        .setStalled(context.getTranslation("drafts.editor.upload.stalled"))
                        .setHeld(context.getTranslation("drafts.editor.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(context.getTranslation("drafts.editor.upload.remaining"))
                        .setUnknown(context.getTranslation("drafts.editor.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(context.getTranslation("drafts.editor.upload.failed"))
                        .setUnexpectedServerError(context.getTranslation("drafts.editor.upload.failed"))
                        .setForbidden(context.getTranslation("drafts.editor.upload.failed"))
                        .setFileTooLarge(context.getTranslation("drafts.error.file-too-large", DraftAttachments.MAX_MEGABYTES))));
        i18n.setFile(new UploadI18N.File().setRetry(context.getTranslation("drafts.editor.upload.retry"))
                .setStart(context.getTranslation("drafts.editor.upload.start"))
                .setRemove(context.getTranslation("drafts.editor.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
