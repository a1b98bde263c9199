package vn.gopy.shell;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Sets each new session's language, and turns an unexpected error in a click or a form into a short,
 * translated notice with a reference number that support can find in the log (never a stack trace).
 */
@Component
class ShellServiceInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellServiceInitListener.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            VaadinSession session = init.getSession();
            session.setLocale(LanguagePreference.fromRequest(init.getRequest()));
            session.setErrorHandler(error -> showError(session, error.getThrowable()));
        });
        event.getSource().addUIInitListener(init -> {
            Locale locale = init.getUI().getSession().getLocale();
            init.getUI().setLocale(locale);
            // Screen readers and the browser's hyphenation need the page's language.
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    private static void showError(VaadinSession session, Throwable error) {
        Locale locale = session.getLocale();
        String message;
        if (rootCause(error) instanceof AccessDeniedException) {
            message = session.getService().getInstantiator().getI18NProvider()
                    .getTranslation("shell.error.access-denied", locale);
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error [ref {}]", reference, error);
            message = session.getService().getInstantiator().getI18NProvider()
                    .getTranslation("shell.error.unexpected", locale, reference);
        }
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            Notices.error(message);
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
