package vn.gopy;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
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

    /** Opens an address with its query ("search?q=nha", "consultations?status=open"), as a link or the address bar would. */
    protected HasElement open(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent().navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        }
        return getCurrentView();
    }

    /** What the reader sees for a key, in Vietnamese (the default language). */
    protected String t(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.of("vi"), arguments);
    }
}
