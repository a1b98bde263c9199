package vn.gopy.drafts.ui.editor;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextRecognition;
import vn.gopy.shell.FieldErrors;

/**
 * The two ways a text comes in: pasted whole, or as a Word document. Either way the structure is only
 * recognised here; the drafter checks it in the structure editor before anything is saved.
 */
class TextSourcePanel extends Div {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final TextRecognition recognition;
    private final Consumer<RecognisedText> recognised;
    private final TextArea pasted = new TextArea();
    private final Upload upload;
    private final Paragraph uploadError = new Paragraph();

    TextSourcePanel(TextRecognition recognition, Consumer<RecognisedText> recognised) {
        this.recognition = recognition;
        this.recognised = recognised;
        addClassName("text-source");

        pasted.setLabel(getTranslation("drafts.editor.source.paste"));
        pasted.setHelperText(getTranslation("drafts.editor.source.paste.help"));
        pasted.setMaxLength(TextRecognition.MAX_PASTED_CHARACTERS);
        pasted.setManualValidation(true);
        pasted.addClassName("pasted-text");
        Button recognise = new Button(getTranslation("drafts.editor.source.recognise"), e -> recognisePasted());
        recognise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div paste = new Div(new H3(getTranslation("drafts.editor.source.paste.heading")), pasted, recognise);
        paste.addClassName("source-option");

        upload = new Upload(UploadHandler.inMemory((metadata, content) -> recogniseDocx(metadata.fileName(), content)));
        upload.setAcceptedFileTypes(".docx", DOCX_TYPE);
        upload.setMaxFileSize(TextRecognition.MAX_DOCX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this, "drafts.editor.source.upload.button", "drafts.editor.source.upload.drop",
                "drafts.editor.source.upload.wrong-type"));
        upload.addFileRejectedListener(e -> showUploadError(e.getErrorMessage()));
        uploadError.addClassName("upload-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);
        Paragraph uploadHelp = new Paragraph(getTranslation("drafts.editor.source.upload.help",
                TextRecognition.MAX_DOCX_BYTES / (1024 * 1024)));
        uploadHelp.addClassName("muted");
        Div word = new Div(new H3(getTranslation("drafts.editor.source.upload.heading")), uploadHelp, upload,
                uploadError);
        word.addClassName("source-option");

        add(paste, word);
    }

    private void recognisePasted() {
        pasted.setInvalid(false);
        try {
            recognised.accept(recognition.fromPastedText(pasted.getValue()));
        } catch (InvalidInputException e) {
            pasted.setErrorMessage(FieldErrors.message(this, e.problems().getFirst()));
            pasted.setInvalid(true);
        }
    }

    private void recogniseDocx(String fileName, byte[] content) {
        uploadError.setVisible(false);
        upload.clearFileList();
        try {
            recognised.accept(recognition.fromDocx(fileName, content));
        } catch (InvalidInputException e) {
            showUploadError(FieldErrors.message(this, e.problems().getFirst()));
        }
    }

    private void showUploadError(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }
}
