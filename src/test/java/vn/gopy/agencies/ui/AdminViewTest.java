package vn.gopy.agencies.ui;


import com.vaadin.flow.component.notification.Notification;
import vn.gopy.ViewTest;

/** Base of the administration views' browserless tests. */
abstract class AdminViewTest extends ViewTest {

    protected String lastNotice() {
        return test($(Notification.class).last()).getText();
    }
}
