package vn.gopy.agencies.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gopy.shell.TranslationProvider;

/**
 * Base of the administration views' browserless tests. The mock request learns who is logged in once, when
 * the Vaadin session starts, so a test chooses the person first and then starts a new session with
 * {@link #signIn}: setting the security context after the session started would not reach the router.
 */
abstract class AdminViewTest extends SpringBrowserlessTest {

    @Autowired TranslationProvider translations;

    protected void signIn(Runnable actAs) {
        cleanVaadinEnvironment();
        actAs.run();
        initVaadinEnvironment();
    }

    @AfterEach
    void forgetWhoActed() {
        SecurityContextHolder.clearContext();
    }

    /** What the reader sees for a key, in Vietnamese (the default language). */
    protected String t(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.of("vi"), arguments);
    }

    protected String lastNotice() {
        return test($(Notification.class).last()).getText();
    }
}
