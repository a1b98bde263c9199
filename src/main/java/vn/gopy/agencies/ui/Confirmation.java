package vn.gopy.agencies.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action that locks people out or retires an agency; Escape or Cancel leaves things as they are. */
final class Confirmation {

    private Confirmation() {
    }

    static ConfirmDialog ask(String header, String text, String confirmText, boolean destructive, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("admin-confirmation");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme(destructive ? "error primary" : "primary");
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("common.cancel"));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
        return dialog;
    }
}
