package vn.gopy.comments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a confirmation link: 256 random bits. Only its SHA-256 is stored, so that the database alone
 * (a backup, a read-only leak) cannot confirm anyone's comment.
 */
public record ConfirmationToken(String token, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static ConfirmationToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new ConfirmationToken(token, hashOf(token));
    }

    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** A token as links carry it: 43 characters of the URL-safe base-64 alphabet. */
    public static boolean looksValid(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
