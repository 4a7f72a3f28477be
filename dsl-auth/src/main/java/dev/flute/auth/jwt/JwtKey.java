package dev.flute.auth.jwt;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * A key for {@link Jwt}: an HMAC secret, a PEM key or a JWK. A private key (or a secret) signs and
 * verifies; a public key only verifies.
 *
 * <pre>{@code
 * JwtKey.secret("HS256", System.getenv("JWT_SECRET"))
 * JwtKey.pem("RS256", Files.readString(Path.of("public.pem")))
 * JwtKey.jwk(Map.of("kty", "EC", "crv", "P-256", "x", "...", "y", "...", "alg", "ES256"))
 * }</pre>
 */
public sealed interface JwtKey {

    /** The JWS algorithm, or null for a JWK that names none. */
    String algorithm();

    /** HMAC algorithms and the shortest secret RFC 7518 §3.2 allows for each (the hash size). */
    Map<String, Integer> HMAC = Map.of("HS256", 32, "HS384", 48, "HS512", 64);

    /** Algorithms of PEM keys that Vert.x Auth JWT reads. */
    Set<String> PEM = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

    /** An HMAC secret (its UTF-8 bytes, as PyJWT uses a {@code str} key). */
    static JwtKey secret(String algorithm, String secret) {
        return secret(algorithm, secret.getBytes(StandardCharsets.UTF_8));
    }

    /** An HMAC secret, at least as long as the hash: 32 bytes for HS256, 48 for HS384, 64 for HS512. */
    static JwtKey secret(String algorithm, byte[] secret) {
        Integer min = HMAC.get(algorithm);
        if (min == null)
            throw new IllegalArgumentException("not an HMAC algorithm: " + algorithm + "; use " + HMAC.keySet());
        if (secret.length < min) {
            throw new IllegalArgumentException(algorithm + " needs a secret of at least " + min
                    + " bytes (RFC 7518 §3.2), got " + secret.length + ": generate one with `openssl rand -hex 32`");
        }
        return new Secret(algorithm, secret.clone());
    }

    /** A PEM key: {@code PUBLIC KEY} to verify, {@code PRIVATE KEY} (PKCS#8) to sign, or a certificate. */
    static JwtKey pem(String algorithm, String pem) {
        if (!PEM.contains(algorithm)) throw new IllegalArgumentException("not a PEM key algorithm: " + algorithm);
        return new Pem(algorithm, pem);
    }

    /** A JSON Web Key (RFC 7517) with its {@code alg}. */
    static JwtKey jwk(Map<String, Object> jwk) {
        Object alg = jwk.get("alg");
        if (!(alg instanceof String)) throw new IllegalArgumentException("a JWK for Jwt must name its \"alg\"");
        return new Jwk((String) alg, new JsonObject(Map.copyOf(jwk)));
    }

    /** The secret is copied in and out; {@code toString} does not show it. */
    record Secret(String algorithm, byte[] bytes) implements JwtKey {
        /** A copy: the key stays as it was given. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "JwtKey.Secret[" + algorithm + "]";
        }
    }

    record Pem(String algorithm, String pem) implements JwtKey {
        @Override
        public String toString() {
            return "JwtKey.Pem[" + algorithm + "]";
        }
    }

    record Jwk(String algorithm, JsonObject jwk) implements JwtKey {
        @Override
        public String toString() {
            return "JwtKey.Jwk[" + algorithm + ", kid=" + jwk.getString("kid") + "]";
        }
    }
}
