package vn.gopy.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import vn.gopy.moderation.BulkOutcome;
import vn.gopy.shell.Notices;

/** Decisions on many comments are asked once more, saying how many; and what they did is said afterwards. */
final class Confirmations {

    private Confirmations() {
    }

    static void ask(Component context, String header, String text, String confirm, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("bulk-confirm");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("moderation.cancel"));
        dialog.setConfirmText(confirm);
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    /** "12 comments decided", and how many another moderator had decided first. */
    static String told(Component context, BulkOutcome outcome) {
        String text = context.getTranslation("moderation.bulk.decided", outcome.decided());
        if (outcome.alreadyDecided() > 0) {
            text += " " + context.getTranslation("moderation.bulk.already", outcome.alreadyDecided());
        }
        Notices.success(text);
        return text;
    }
}
