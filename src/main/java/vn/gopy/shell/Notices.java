package vn.gopy.shell;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action: success quietly at the bottom, errors in the middle until read. */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 10000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
