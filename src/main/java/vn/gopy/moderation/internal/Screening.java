package vn.gopy.moderation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import vn.gopy.comments.Mask;
import vn.gopy.common.PlainText;
import vn.gopy.moderation.Flag;

/**
 * The automatic screening of a confirmed comment: flags for the moderator, never a verdict. Abusive words are
 * matched as whole words in the folded text (so with and without diacritics: "đồ ngu" also finds "do ngu");
 * personal data are Vietnamese phone numbers (0 or +84 then 9 digits, spaces, dots and dashes allowed),
 * 12-digit citizen ID numbers and e-mail addresses.
 */
@Component
public class Screening {

    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+?84|0)[\\s.-]?(?:\\d[\\s.-]?){8}\\d(?!\\d)");
    private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d)0\\d{11}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final ScreeningSettings settings;
    private final Pattern abusive;

    Screening(ScreeningSettings settings) {
        this.settings = settings;
        List<String> words = new ArrayList<>(words("moderation/abusive-words_vi.txt"));
        words.addAll(words("moderation/abusive-words_en.txt"));
        this.abusive = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|",
                words.stream().map(w -> Pattern.quote(PlainText.folded(w))).toList()) + ")(?![\\p{L}\\p{N}])");
    }

    public Set<Flag> screen(String text) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        String folded = PlainText.folded(text);
        if (abusive.matcher(folded).find()) {
            flags.add(Flag.ABUSIVE);
        }
        if (PHONE.matcher(text).find() || CITIZEN_ID.matcher(text).find() || EMAIL.matcher(text).find()) {
            flags.add(Flag.PERSONAL_DATA);
        }
        if (LINK.matcher(text).results().count() >= settings.manyLinks()) {
            flags.add(Flag.MANY_LINKS);
        }
        if (isShouting(text)) {
            flags.add(Flag.SHOUTING);
        }
        if (WORD.matcher(text).results().count() < settings.veryShortWords()) {
            flags.add(Flag.VERY_SHORT);
        }
        return flags;
    }

    /** Where the text has personal data (phone numbers, citizen ID numbers, e-mail addresses), for masking. */
    public List<Mask> personalData(String text) {
        List<Mask> found = new ArrayList<>();
        for (Pattern pattern : List.of(PHONE, CITIZEN_ID, EMAIL)) {
            pattern.matcher(text).results().forEach(m -> found.add(new Mask(m.start(), m.end())));
        }
        found.sort(java.util.Comparator.comparingInt(Mask::start));
        return found;
    }

    private boolean isShouting(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= settings.shoutingMinLetters() && capitals >= settings.shoutingShare() * letters;
    }

    private static List<String> words(String resource) {
        try (InputStream in = Screening.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
