package vn.gopy.comments.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking numbers such as {@code 7KM3Q-9QX2T}: nine random characters and a check character, in Crockford's
 * base 32 (no I, L, O or U, so nothing looks like anything else), grouped by five for reading aloud. The check
 * character follows Damm's algorithm over the field GF(32), where x*y = 2x + y is totally anti-symmetric: every
 * single mistyped character and every swap of two neighbours is caught (Luhn mod 32 misses 0 and Z swapped).
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
        return interim(digits) == 0 ? Optional.of(grouped(digits)) : Optional.empty();
    }

    /** The check character makes the interim of the whole number zero: 2·interim + check = 0 in GF(32). */
    private static int checkValue(CharSequence digits) {
        return twice(interim(digits));
    }

    private static int interim(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = twice(interim) ^ ALPHABET.indexOf(digits.charAt(i));
        }
        return interim;
    }

    /** Multiplication by 2 in GF(32), modulo the primitive polynomial x^5 + x^2 + 1. */
    private static int twice(int value) {
        int shifted = value << 1;
        return (shifted & BASE) == 0 ? shifted : shifted ^ 0b100101;
    }

    private static String grouped(String digits) {
        return digits.substring(0, 5) + "-" + digits.substring(5);
    }
}
