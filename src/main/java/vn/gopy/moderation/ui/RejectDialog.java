package vn.gopy.moderation.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.common.InvalidInputException;
import vn.gopy.moderation.ModerationDecisions;
import vn.gopy.moderation.RejectionReason;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;

/**
 * Asks why a comment (or several) is not published: keys 1 to 6 pick the reason, Enter confirms, Escape
 * cancels. "Other" needs a note, which the author reads; the service checks it and the dialog shows its verdict.
 */
class RejectDialog extends Dialog {

    /** What happens on confirmation; throws the service's {@link InvalidInputException} when the note is missing. */
    interface Rejection {
        void reject(RejectionReason reason, String note);
    }


    private final RadioButtonGroup<RejectionReason> reason = new RadioButtonGroup<>();
    private final TextField note = new TextField();
    private final Rejection rejection;

    RejectDialog(String title, Rejection rejection) {
        this.rejection = rejection;
        addClassName("reject-dialog");
        setHeaderTitle(title);
        setCloseOnEsc(true);
        reason.setLabel(getTranslation("moderation.reject.reason"));
        reason.setItems(RejectionReason.values());
        reason.setItemLabelGenerator(r -> (r.ordinal() + 1) + ". " + getTranslation("moderation.reason." + r.name()));
        reason.setValue(RejectionReason.OFF_TOPIC);
        reason.setRequired(true);
        reason.addValueChangeListener(e -> note.setRequiredIndicatorVisible(e.getValue() != null && e.getValue().needsNote()));

        note.setLabel(getTranslation("moderation.reject.note"));
        note.setHelperText(getTranslation("moderation.reject.note-help"));
        note.setMaxLength(ModerationDecisions.MAX_NOTE);
        note.setWidthFull();
        // Digits typed into the note are words, not reasons; Enter and Escape still reach the dialog.
        note.getElement().executeJs("this.addEventListener('keydown', e => "
                + "{ if (e.key !== 'Enter' && e.key !== 'Escape') e.stopPropagation(); })");

        Paragraph keys = new Paragraph(getTranslation("moderation.reject.keys"));
        keys.addClassName("muted");
        add(reason, note, keys);

        Button cancel = new Button(getTranslation("moderation.cancel"), e -> close());
        Button confirm = new Button(getTranslation("moderation.reject.confirm"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClassName("reject-confirm");
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(cancel, confirm);
        // By the character typed, so that the digits above the letters and on the keypad both work.
        for (RejectionReason picked : RejectionReason.values()) {
            Shortcuts.addShortcutListener(this, () -> pick(picked), Key.of(String.valueOf(picked.ordinal() + 1)))
                    .listenOn(this);
        }
    }

    private void pick(RejectionReason picked) {
        reason.setValue(picked);
        if (picked.needsNote()) {
            note.focus();
        }
    }

    void confirm() {
        try {
            rejection.reject(reason.getValue(), note.getValue());
            close();
        } catch (InvalidInputException e) {
            List<String> other = FieldErrors.show(this, e, Map.of("note", note, "reason", reason));
            other.forEach(Notices::error);
            if (note.isInvalid()) {
                note.focus();
            }
        }
    }
}
