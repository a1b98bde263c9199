package vn.gopy.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

/**
 * The reader's language: Vietnamese unless they chose English. The choice is kept in a cookie so that it
 * survives the session, and it applies to every tab of the session.
 */
public final class LanguagePreference {

    static final String COOKIE = "gopy-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private LanguagePreference() {
    }

    /** The language this request asked for with the cookie, or Vietnamese. */
    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> TranslationProvider.supported(Locale.of(c.getValue())))
                .findFirst().orElse(TranslationProvider.VIETNAMESE);
    }

    /** Switches the whole session to {@code locale} and remembers it; the page reloads to show it. */
    public static void choose(Locale locale) {
        Locale chosen = TranslationProvider.supported(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(chosen);
        session.getUIs().forEach(ui -> ui.setLocale(chosen));
        UI.getCurrent().getPage().reload();
    }
}
