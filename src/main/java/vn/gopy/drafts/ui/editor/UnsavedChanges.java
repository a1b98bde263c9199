package vn.gopy.drafts.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Asks before unsaved changes are lost: the browser asks when the tab is closed or reloaded (it uses its
 * own words there), and a dialog in the reader's language asks when they navigate inside the portal.
 */
final class UnsavedChanges {

    private UnsavedChanges() {
    }

    static void guard(Component view) {
        view.getElement().executeJs("""
                if (!window.gopyUnsavedGuard) {
                  window.gopyUnsavedGuard = true;
                  window.addEventListener('beforeunload', e => {
                    if (window.gopyUnsavedChanges) { e.preventDefault(); e.returnValue = ''; }
                  });
                }""");
    }

    static void mark(Component view, boolean unsaved) {
        view.getElement().executeJs("window.gopyUnsavedChanges = $0", unsaved);
    }

    /** Holds an in-portal navigation until the drafter chooses to leave (losing the changes) or to stay. */
    static void confirmLeaving(Component view, BeforeLeaveEvent event) {
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(view.getTranslation("drafts.editor.leave.title"),
                view.getTranslation("drafts.editor.leave.text"), view.getTranslation("drafts.editor.leave.ok"), e -> {
                    mark(view, false);
                    leave.proceed();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(view.getTranslation("drafts.editor.leave.stay"));
        confirm.open();
    }
}
