package vn.gopy.agencies.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a view whether its window is narrow (a phone), when attached and whenever the window is resized.
 * Grid columns cannot be hidden from CSS, so the lists switch between full and compact columns here.
 */
final class ScreenWidth {

    /** Below this width (in CSS pixels) a list shows one summary column instead of one per field. */
    static final int NARROW_BELOW = 720;

    private ScreenWidth() {
    }

    static void watch(Component view, Consumer<Boolean> narrow) {
        view.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            ExtendedClientDetails details = page.getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                narrow.accept(details.getWindowInnerWidth() < NARROW_BELOW);
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> narrow.accept(e.getWidth() < NARROW_BELOW));
            view.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
