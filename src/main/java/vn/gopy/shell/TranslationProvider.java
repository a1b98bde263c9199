package vn.gopy.shell;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * UI text in Vietnamese (the default) and English. Each module keeps its own bundle,
 * {@code i18n/<module>_vi.properties} and {@code i18n/<module>_en.properties}, with keys that start
 * with the module's name; this provider merges them all.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<String, Map<String, String>> messagesByLanguage = new HashMap<>();

    public TranslationProvider() {
        for (Locale locale : LOCALES) {
            messagesByLanguage.put(locale.getLanguage(), load(locale.getLanguage()));
        }
    }

    /** Every key of one language: lets a test prove that both languages are complete. */
    public Map<String, String> messages(Locale locale) {
        return Map.copyOf(messagesByLanguage.get(supported(locale).getLanguage()));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = messagesByLanguage.get(supported(locale).getLanguage()).get(key);
        if (pattern == null) {
            log.warn("No translation for '{}' in {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    private static Map<String, String> load(String language) {
        Map<String, String> messages = new HashMap<>();
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + language + ".properties");
            for (Resource bundle : bundles) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> messages.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the translations", e);
        }
        return messages;
    }
}
