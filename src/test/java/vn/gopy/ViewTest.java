package vn.gopy;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gopy.shell.TranslationProvider;

/**
 * Base of the browserless view tests: the whole application on the real database, the views run in the
 * test's JVM. Routes are looked up in Gopy's own packages only (scanning the class path costs seconds).
 */
@IntegrationTest
@ViewPackages(packages = "vn.gopy")
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired protected TranslationProvider translations;

    /**
     * Acts as someone from now on, in the services and in the views. The browserless request learns who is
     * logged in when the Vaadin environment starts, so the environment starts again as that person.
     */
    protected void signIn(Runnable who) {
        cleanVaadinEnvironment();
        who.run();
        initVaadinEnvironment();
    }

    @AfterEach
    void noOneActsAnyMore() {
        SecurityContextHolder.clearContext();
    }

    /** What the reader sees for a key, in Vietnamese (the default language). */
    protected String t(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.of("vi"), arguments);
    }
}
