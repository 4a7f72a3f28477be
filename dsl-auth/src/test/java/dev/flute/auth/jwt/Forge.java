package dev.flute.auth.jwt;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What an attacker (or a test) builds by hand: tokens with any header, payload and signature, and keys. */
final class Forge {
    private Forge() {}

    static final String SECRET = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7";

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    /** header.payload signed with HMAC-SHA256 over {@code key}. */
    static String hs256(byte[] key, String header, String payload) {
        String input = b64(header) + "." + b64(payload);
        return input + "." + b64(hmac("HmacSHA256", key, input));
    }

    static String hs256(String header, String payload) {
        return hs256(SECRET.getBytes(StandardCharsets.UTF_8), header, payload);
    }

    static byte[] hmac(String alg, byte[] key, String input) {
        try {
            Mac mac = Mac.getInstance(alg);
            mac.init(new SecretKeySpec(key, alg));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static KeyPair rsa() {
        try {
            var g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ec() {
        try {
            var g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static String publicPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    static String privatePem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    /** The public JWK of a P-256 key. */
    static Map<String, Object> ecJwk(KeyPair pair) {
        var point = ((ECPublicKey) pair.getPublic()).getW();
        var jwk = new LinkedHashMap<String, Object>();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("x", b64(unsigned(point.getAffineX(), 32)));
        jwk.put("y", b64(unsigned(point.getAffineY(), 32)));
        jwk.put("alg", "ES256");
        return jwk;
    }

    static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        if (raw.length == length) return raw;
        if (raw.length > length) return Arrays.copyOfRange(raw, raw.length - length, raw.length);
        byte[] out = new byte[length];
        System.arraycopy(raw, 0, out, length - raw.length, raw.length);
        return out;
    }

    /** The token with one character of {@code part} (0 header, 1 payload, 2 signature) changed. */
    static String flip(String token, int part) {
        String[] parts = token.split("\\.", -1);
        char[] chars = parts[part].toCharArray();
        int i = chars.length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        parts[part] = new String(chars);
        return String.join(".", parts);
    }
}
