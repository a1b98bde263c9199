package vn.gopy.drafts.ui.editor;

import com.vaadin.flow.component.Component;

/**
 * Lets the browser ask before a tab with unsaved changes is closed or reloaded. Navigation inside the
 * portal is guarded by the view itself (BeforeLeaveObserver), which can ask in the reader's language.
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
}
