package vn.gopy.comments.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.ReportReason;
import vn.gopy.common.InvalidInputException;
import vn.gopy.shell.ClientAddress;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;

/**
 * Reporting a published comment to the moderators: why, and an optional note. Each address counts once per
 * comment; a second report from it is met with a word that the first one was received.
 */
class ReportDialog extends Dialog {

    static final int MAX_NOTE = 500;

    private final long commentId;
    private final CommentService comments;
    private final RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();

    ReportDialog(long commentId, CommentService comments) {
        this.commentId = commentId;
        this.comments = comments;
        addClassName("report-dialog");
        setHeaderTitle(getTranslation("comments.report.title"));
        Paragraph intro = new Paragraph(getTranslation("comments.report.intro"));
        intro.addClassName("muted");
        reason.setLabel(getTranslation("comments.report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("comments.report.reason." + r.name()));
        reason.setRequired(true);
        note.setLabel(getTranslation("comments.report.note"));
        note.setMaxLength(MAX_NOTE);
        note.setWidthFull();
        add(intro, reason, note);

        Button cancel = new Button(getTranslation("comments.report.cancel"), e -> close());
        Button send = new Button(getTranslation("comments.report.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("report-send");
        getFooter().add(cancel, send);
    }

    void send() {
        try {
            boolean first = comments.report(commentId, reason.getValue(), note.getValue(), ClientAddress.current());
            close();
            Notices.success(getTranslation(first ? "comments.report.thanks" : "comments.report.already"));
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("reason", reason, "note", note)).forEach(Notices::error);
        }
    }
}
