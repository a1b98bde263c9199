package vn.gopy.comments;

import java.util.Locale;

/**
 * The way a commenter arrived ("arrived via"): a short code from the draft page's address
 * ({@code drafts/42?kenh=bx7k2m}) carried to the comment form and stored with the comment. The comments module
 * does not know what the code means; another module (outreach) counts it once the comment is confirmed.
 * Anything that is not a short code of lower-case letters and digits is dropped: it comes from an address
 * that anyone can type, and a commenter cannot correct it.
 */
public final class Referral {

    /** The query parameter that carries the code ("kênh", channel). */
    public static final String PARAMETER = "kenh";

    private static final int MAX_LENGTH = 16;

    private Referral() {
    }

    /** The code in canonical form, or null when there is none or it is not a valid code. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        return code.length() <= MAX_LENGTH && code.matches("[a-z0-9]+") ? code : null;
    }
}
