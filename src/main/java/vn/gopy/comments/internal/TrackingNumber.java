package vn.gopy.comments.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking numbers such as {@code 7KM3Q-9QX2T}: nine random characters and a check character, in Crockford's
 * base 32 (no I, L, O or U, so nothing looks like anything else), grouped by five for reading aloud. The check
 * character is Luhn mod 32: every single mistyped character and every swap of two neighbours is caught.
 * Typed numbers are forgiven case, spaces, dashes, and O for 0, I or L for 1.
 */
public final class TrackingNumber {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = ALPHABET.length();
    private static final int RANDOM_LENGTH = 9;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumber() {
    }

    public static String generate() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            digits.append(ALPHABET.charAt(RANDOM.nextInt(BASE)));
        }
        digits.append(ALPHABET.charAt(checkValue(digits)));
        return grouped(digits.toString());
    }

    /** The number in its written form if what was typed is a well-formed number with the right check character. */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String digits = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (digits.length() != RANDOM_LENGTH + 1 || !digits.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        int expected = checkValue(digits.substring(0, RANDOM_LENGTH));
        return ALPHABET.indexOf(digits.charAt(RANDOM_LENGTH)) == expected ? Optional.of(grouped(digits)) : Optional.empty();
    }

    /** Luhn mod N: from the right, every other value doubled and its base-N digits added. */
    private static int checkValue(CharSequence digits) {
        int factor = 2;
        int sum = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(digits.charAt(i));
            sum += addend / BASE + addend % BASE;
            factor = factor == 2 ? 1 : 2;
        }
        return (BASE - sum % BASE) % BASE;
    }

    private static String grouped(String digits) {
        return digits.substring(0, 5) + "-" + digits.substring(5);
    }
}
