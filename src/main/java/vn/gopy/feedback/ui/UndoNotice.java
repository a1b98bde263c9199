package vn.gopy.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** "Saved" with an Undo button, for a while at the bottom of the screen; undoing closes it. */
final class UndoNotice {

    static final int DURATION_MS = 10_000;

    private UndoNotice() {
    }

    static Notification show(String text, String undoText, Runnable undo) {
        Notification notice = new Notification();
        notice.addClassName("undo-notice");
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notice.setPosition(Notification.Position.BOTTOM_START);
        notice.setDuration(DURATION_MS);
        Button undoButton = new Button(undoText, e -> {
            notice.close();
            undo.run();
        });
        undoButton.addClassName("undo-button");
        undoButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        close.setAriaLabel(undoButton.getTranslation("feedback.close"));
        Div content = new Div(new Span(text), undoButton, close);
        content.addClassName("undo-notice-content");
        notice.add(content);
        notice.open();
        return notice;
    }
}
