package vn.gopy.agencies.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import vn.gopy.shell.TranslationProvider;

class AdministrationTranslationsTest {

    private final TranslationProvider translations = new TranslationProvider();

    private Set<String> agencyKeys(Map<String, String> messages) {
        return messages.keySet().stream().filter(k -> k.startsWith("agencies.")).collect(Collectors.toSet());
    }

    @Test
    void everyAdministrationTextExistsInVietnameseAndInEnglish() {
        Set<String> vietnamese = agencyKeys(translations.messages(TranslationProvider.VIETNAMESE));
        Set<String> english = agencyKeys(translations.messages(TranslationProvider.ENGLISH));

        assertThat(vietnamese).isNotEmpty().containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void englishTextsUseTypographicApostrophesSoThatMessageFormatKeepsThem() {
        assertThat(translations.messages(TranslationProvider.ENGLISH)).allSatisfy((key, text) -> {
            if (key.startsWith("agencies.")) {
                assertThat(text).as(key).doesNotContain("'");
            }
        });
    }
}
