package dev.flute.auth.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Compares secrets in constant time: Python's {@code secrets.compare_digest}. Both sides are
 * hashed first, so not even the secret's length shows in the timing; {@code String.equals} stops
 * at the first difference and tells an attacker how much of a guess was right.
 *
 * <pre>{@code if (!Secrets.equal(key, API_KEY)) throw new HttpError(401, "Invalid API key");}</pre>
 */
public final class Secrets {
    private Secrets() {}

    /** True when both are the same text; null equals nothing, not even null. */
    public static boolean equal(String given, String expected) {
        if (given == null || expected == null) return false;
        return equal(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** True when both hold the same bytes. */
    public static boolean equal(byte[] given, byte[] expected) {
        if (given == null || expected == null) return false;
        return MessageDigest.isEqual(sha256(given), sha256(expected));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
