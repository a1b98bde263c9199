package vn.gopy.outreach.reach.internal;

import java.security.SecureRandom;

/**
 * Short codes for the links (/c/bx7k2m4): seven lower-case letters and digits without the ones people misread
 * on a poster or say wrongly over the phone (0 o, 1 l i). 31^7 is about 27 billion, so a random code is unique
 * at the first try in practice; the caller still checks.
 */
public final class ChannelCodes {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    static final int LENGTH = 7;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChannelCodes() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a text could be one of our codes: checked before any query, so odd input costs nothing. */
    public static boolean looksValid(String code) {
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
