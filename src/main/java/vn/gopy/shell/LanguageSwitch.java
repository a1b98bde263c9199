package vn.gopy.shell;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** One button that switches between Vietnamese and English; it names the other language in that language. */
class LanguageSwitch extends Button {

    LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("language-switch");
        addAttachListener(e -> {
            Locale other = isEnglish() ? TranslationProvider.VIETNAMESE : TranslationProvider.ENGLISH;
            setText(other == TranslationProvider.ENGLISH ? "English" : "Tiếng Việt");
            getElement().setAttribute("lang", other.getLanguage());
            getElement().setAttribute("aria-label", getTranslation("shell.language.switch"));
        });
        addClickListener(e -> LanguagePreference.choose(
                isEnglish() ? TranslationProvider.VIETNAMESE : TranslationProvider.ENGLISH));
    }

    private boolean isEnglish() {
        return TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }
}
