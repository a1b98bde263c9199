package vn.gopy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The portal is bilingual: every text exists in Vietnamese and in English, and every pattern is valid. */
class TranslationsTest {

    private final TranslationProvider translations = new TranslationProvider();
    private final Map<String, String> vietnamese = translations.messages(TranslationProvider.VIETNAMESE);
    private final Map<String, String> english = translations.messages(TranslationProvider.ENGLISH);

    @Test
    void everyVietnameseTextHasAnEnglishOneAndTheOtherWayRound() {
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(vietnamese.keySet());
    }

    @Test
    void noTextIsEmpty() {
        assertThat(vietnamese).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(english).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        vietnamese.forEach((key, text) -> {
            String other = english.get(key);
            if (other != null) {
                assertThat(new MessageFormat(other).getFormats().length).as(key)
                        .isEqualTo(new MessageFormat(text).getFormats().length);
            }
        });
    }

    @Test
    void vietnameseIsTheDefaultAndArgumentsAreFilledIn() {
        assertThat(translations.getTranslation("common.error.too-long", null, 300, 301))
                .isEqualTo("Tối đa 300 ký tự (hiện có 301).");
        assertThat(translations.getTranslation("common.error.too-long", TranslationProvider.ENGLISH, 300, 301))
                .isEqualTo("At most 300 characters (now 301).");
    }
}
