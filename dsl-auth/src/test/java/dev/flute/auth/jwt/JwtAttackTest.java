package dev.flute.auth.jwt;

import static dev.flute.auth.jwt.Forge.SECRET;
import static dev.flute.auth.jwt.Forge.b64;
import static dev.flute.auth.jwt.Forge.hs256;
import static dev.flute.auth.jwt.Forge.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every way a token must be refused. Each case first shows that the same construction with honest
 * inputs verifies, where there is one, so a refusal is the attack's doing and not a broken forge.
 */
class JwtAttackTest {
    static final Jwt JWT = Jwt.of(JwtKey.secret("HS256", SECRET));
    static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    static String valid() {
        return hs256(HEADER, "{\"sub\":\"johndoe\",\"exp\":" + (now() + 600) + "}");
    }

    static void refused(Jwt jwt, String token) {
        assertThrows(InvalidTokenException.class, () -> jwt.verify(token), token);
    }

    static void refused(String token) {
        refused(JWT, token);
    }

    @Test
    void the_forge_makes_tokens_that_verify() {
        assertEquals("johndoe", JWT.verify(valid()).subject());
    }

    @Test
    void alg_none_is_refused_with_or_without_a_signature_in_any_spelling() {
        String payload = b64("{\"sub\":\"admin\",\"exp\":" + (now() + 600) + "}");
        for (String alg : new String[] {"none", "None", "NONE", "nOnE"}) {
            String header = b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}");
            refused(header + "." + payload + ".");
            refused(header + "." + payload);
            refused(header + "." + payload + "." + valid().split("\\.")[2]);
        }
    }

    @Test
    void a_tampered_payload_header_or_signature_is_refused() {
        String token = valid();
        refused(Forge.flip(token, 0));
        refused(Forge.flip(token, 1));
        refused(Forge.flip(token, 2));
        String[] parts = token.split("\\.");
        String admin = b64("{\"sub\":\"admin\",\"exp\":" + (now() + 600) + "}");
        refused(parts[0] + "." + admin + "." + parts[2]);
        refused(parts[0] + "." + parts[1] + ".");
        refused(parts[0] + "." + parts[1]);
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        byte[] other = "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
        refused(hs256(other, HEADER, "{\"sub\":\"x\",\"exp\":" + (now() + 600) + "}"));
        refused(Jwt.of(JwtKey.secret("HS256", other)).issue(Map.of("sub", "x")));
    }

    @Test
    void a_token_of_another_algorithm_is_refused_even_with_the_same_secret() {
        Jwt hs384 = Jwt.of(JwtKey.secret("HS384", SECRET + "0123456789abcdef"));
        refused(hs384.issue(Map.of("sub", "x")));
        // HS512 computed over the very secret the server holds for HS256.
        String input = b64("{\"alg\":\"HS512\"}") + "." + b64("{\"sub\":\"x\",\"exp\":" + (now() + 600) + "}");
        refused(input + "." + b64(Forge.hmac("HmacSHA512", SECRET.getBytes(StandardCharsets.UTF_8), input)));
    }

    @Test
    void rsa_public_key_used_as_an_hmac_secret_is_refused() {
        KeyPair rsa = Forge.rsa();
        String publicPem = Forge.publicPem(rsa);
        Jwt server = Jwt.of(JwtKey.pem("RS256", publicPem));
        assertEquals(
                "x",
                server.verify(Jwt.of(JwtKey.pem("RS256", Forge.privatePem(rsa))).issue(Map.of("sub", "x")))
                        .subject());
        String payload = "{\"sub\":\"admin\",\"exp\":" + (now() + 600) + "}";
        refused(server, hs256(publicPem.getBytes(StandardCharsets.US_ASCII), "{\"alg\":\"HS256\"}", payload));
        // Both algorithms configured: the HS256 key is the server's own secret, never the public key.
        Jwt both = Jwt.of(JwtKey.pem("RS256", publicPem), JwtKey.secret("HS256", SECRET));
        refused(both, hs256(publicPem.getBytes(StandardCharsets.US_ASCII), "{\"alg\":\"HS256\"}", payload));
    }

    @Test
    void an_embedded_attacker_key_is_ignored() {
        KeyPair attacker = Forge.ec();
        KeyPair server = Forge.ec();
        Jwt verifier = Jwt.of(JwtKey.pem("ES256", Forge.publicPem(server)));
        String forged = Jwt.of(JwtKey.pem("ES256", Forge.privatePem(attacker))).issue(Map.of("sub", "admin"));
        refused(verifier, forged);
        String[] parts = forged.split("\\.");
        String withJwk = b64("{\"alg\":\"ES256\",\"jwk\":"
                + new io.vertx.core.json.JsonObject(Forge.ecJwk(attacker)).encode() + "}");
        refused(verifier, withJwk + "." + parts[1] + "." + parts[2]);
    }

    @Test
    void an_all_zero_ecdsa_signature_is_refused() {
        KeyPair ec = Forge.ec();
        Jwt verifier = Jwt.of(JwtKey.pem("ES256", Forge.publicPem(ec)));
        String input = b64("{\"alg\":\"ES256\"}") + "." + b64("{\"sub\":\"admin\",\"exp\":" + (now() + 600) + "}");
        refused(verifier, input + "." + b64(new byte[64]));
        refused(verifier, input + "." + b64(new byte[] {0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00}));
    }

    @Test
    void expired_not_yet_valid_or_future_issued_tokens_are_refused() {
        refused(hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + (now() - 1) + "}"));
        refused(hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + now() + "}"));
        refused(hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + (now() + 600) + ",\"nbf\":" + (now() + 60) + "}"));
        refused(hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + (now() + 600) + ",\"iat\":" + (now() + 60) + "}"));
        // PyJWT-made, expired in 2023
        refused("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjoxNzAwMDAwMDAwfQ"
                + ".y2yOMnkPElewBlpTlGEmrYVcz5v9a50llMYvW3Ufrhk");
    }

    @Test
    void times_that_are_missing_or_not_numbers_are_refused() {
        refused(hs256(HEADER, "{\"sub\":\"x\"}"));
        refused(hs256(HEADER, "{\"sub\":\"x\",\"exp\":null}"));
        refused(hs256(HEADER, "{\"sub\":\"x\",\"exp\":\"" + (now() + 600) + "\"}"));
        refused(hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + (now() + 600) + ",\"nbf\":\"soon\"}"));
        refused(hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + (now() + 600) + ",\"iat\":[1]}"));
        assertEquals(
                "x",
                JWT.expiryOptional().verify(hs256(HEADER, "{\"sub\":\"x\"}")).subject());
    }

    @Test
    void wrong_or_missing_issuer_and_audience_are_refused() {
        Jwt strict = JWT.issuer("https://flute.dev").audience("api");
        assertEquals("x", strict.verify(strict.issue(Map.of("sub", "x"))).subject());
        long exp = now() + 600;
        refused(strict, hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + exp + ",\"aud\":\"api\"}"));
        refused(strict, hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + exp + ",\"aud\":\"api\",\"iss\":\"https://evil\"}"));
        refused(strict, hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + exp + ",\"aud\":\"api\",\"iss\":42}"));
        refused(strict, hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + exp + ",\"iss\":\"https://flute.dev\"}"));
        refused(
                strict,
                hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + exp + ",\"iss\":\"https://flute.dev\",\"aud\":[\"web\"]}"));
        refused(strict, hs256(HEADER, "{\"sub\":\"x\",\"exp\":" + exp + ",\"iss\":\"https://flute.dev\",\"aud\":7}"));
    }

    @Test
    void malformed_tokens_are_refused() {
        String[] parts = valid().split("\\.");
        refused("");
        refused(null);
        refused("abc");
        refused("a.b");
        refused("a.b.c.d");
        refused(valid() + "." + parts[2]);
        refused("..");
        refused("." + parts[1] + "." + parts[2]);
        refused(parts[0] + "==." + parts[1] + "." + parts[2]);
        refused(parts[0] + "." + parts[1] + "." + parts[2] + "\n");
        refused(" " + valid());
        refused(b64("not json") + "." + parts[1] + "." + parts[2]);
        refused(b64("[\"HS256\"]") + "." + parts[1] + "." + parts[2]);
        refused(hs256(HEADER, "[1,2]"));
        refused(hs256(HEADER, "not json"));
        refused(hs256("{\"alg\":7}", "{\"exp\":" + (now() + 600) + "}"));
        refused(hs256("{}", "{\"exp\":" + (now() + 600) + "}"));
        refused("x".repeat(TokenShape.MAX_LENGTH + 1));
    }

    @Test
    void a_critical_header_extension_is_refused() {
        refused(hs256(
                "{\"alg\":\"HS256\",\"crit\":[\"exp\"],\"exp\":1}", "{\"sub\":\"x\",\"exp\":" + (now() + 600) + "}"));
    }
}
