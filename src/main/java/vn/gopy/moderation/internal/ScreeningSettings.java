package vn.gopy.moderation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gopy.moderation.screening.*}: the thresholds of the automatic screening. The word lists are data too:
 * {@code moderation/abusive-words_vi.txt} and {@code _en.txt} on the class path.
 */
@ConfigurationProperties("gopy.moderation.screening")
public record ScreeningSettings(
        /** Links from this many up flag a comment. */
        @DefaultValue("3") int manyLinks,
        /** Share of capital letters among letters, from this up (in texts with enough letters), is shouting. */
        @DefaultValue("0.7") double shoutingShare,
        @DefaultValue("20") int shoutingMinLetters,
        /** Texts with fewer words than this are very short. */
        @DefaultValue("4") int veryShortWords) {
}
