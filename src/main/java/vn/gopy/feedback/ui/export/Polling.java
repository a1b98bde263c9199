package vn.gopy.feedback.ui.export;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * The browser asking the server every so often while an export runs: the export's thread only updates its
 * progress, and each poll shows it, so the page needs no push connection.
 */
final class Polling {

    /** Often enough for a bar that moves, rarely enough not to load a server busy exporting. */
    static final int INTERVAL_MS = 1000;

    private Registration registration;

    void start(UI ui, Runnable tick) {
        if (registration == null) {
            ui.setPollInterval(INTERVAL_MS);
            registration = ui.addPollListener(e -> tick.run());
        }
    }

    void stop(UI ui) {
        if (registration != null) {
            registration.remove();
            registration = null;
            ui.setPollInterval(-1);
        }
    }
}
