package dev.flute.auth.jwt;

import static dev.flute.auth.Auth.oauth2PasswordBearer;
import static dev.flute.auth.jwt.Forge.SECRET;
import static dev.flute.dsl.Flute.GET;
import static dev.flute.dsl.Flute.api;
import static dev.flute.dsl.Flute.route;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.testing.TestClient;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issuing and verifying with each kind of key, and the claims a handler gets. */
class JwtTest {
    static final Jwt HS256 = Jwt.of(JwtKey.secret("HS256", SECRET));

    record TokenData(String sub, List<String> scopes, long exp) {}

    static JsonNode part(String token, int i) throws Exception {
        return Json.reader().readTree(Forge.decode(token.split("\\.")[i]));
    }

    @Test
    void should_verify_a_token_made_by_pyjwt_with_the_seed_secret() {
        // jwt.encode({"sub": "johndoe", "exp": 4102444800}, SECRET_KEY, algorithm="HS256"), PyJWT 2.10.1
        String pyjwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjo0MTAyNDQ0ODAwfQ"
                + ".4sh0Q1TUl-n_pM9DffzrC-WTE2hGuun7_RrAC6Ce1Rg";
        Claims claims = HS256.verify(pyjwt);
        assertEquals("johndoe", claims.subject());
        assertEquals(Instant.ofEpochSecond(4102444800L), claims.expiresAt());
    }

    @Test
    void should_issue_tokens_with_sub_exp_iat_and_the_chosen_lifetime() throws Exception {
        long before = Forge.now();
        String token = HS256.expiresIn(Duration.ofMinutes(30)).issue(Map.of("sub", "johndoe"));
        JsonNode header = part(token, 0);
        JsonNode payload = part(token, 1);
        assertEquals("HS256", header.get("alg").asText());
        assertEquals("johndoe", payload.get("sub").asText());
        long exp = payload.get("exp").asLong();
        assertTrue(exp >= before + 1800 && exp <= Forge.now() + 1800, "exp " + exp);
        assertTrue(payload.has("iat"));
        assertEquals("johndoe", HS256.verify(token).subject());
    }

    @Test
    void should_sign_and_verify_with_each_hmac_size() {
        for (String alg : List.of("HS256", "HS384", "HS512")) {
            Jwt jwt = Jwt.of(JwtKey.secret(alg, "k".repeat(64)));
            String token = jwt.issue(Map.of("sub", alg));
            assertEquals(alg, jwt.verify(token).subject());
        }
    }

    @Test
    void should_sign_with_private_pem_keys_and_verify_with_public_ones() {
        KeyPair rsa = Forge.rsa();
        KeyPair ec = Forge.ec();
        Jwt rsSigner = Jwt.of(JwtKey.pem("RS256", Forge.privatePem(rsa)));
        Jwt rsVerifier = Jwt.of(JwtKey.pem("RS256", Forge.publicPem(rsa)));
        assertEquals("r", rsVerifier.verify(rsSigner.issue(Map.of("sub", "r"))).subject());
        Jwt esSigner = Jwt.of(JwtKey.pem("ES256", Forge.privatePem(ec)));
        Jwt esVerifier = Jwt.of(JwtKey.pem("ES256", Forge.publicPem(ec)));
        String es = esSigner.issue(Map.of("sub", "e"));
        assertEquals(64, java.util.Base64.getUrlDecoder().decode(es.split("\\.")[2]).length, "JWS form R||S");
        assertEquals("e", esVerifier.verify(es).subject());
    }

    @Test
    void should_verify_with_a_jwk() {
        KeyPair ec = Forge.ec();
        String token = Jwt.of(JwtKey.pem("ES256", Forge.privatePem(ec))).issue(Map.of("sub", "jwk"));
        Jwt verifier = Jwt.of(JwtKey.jwk(Forge.ecJwk(ec)));
        assertEquals("jwk", verifier.verify(token).subject());
        var oct = Map.<String, Object>of("kty", "oct", "k", Forge.b64(SECRET.getBytes()), "alg", "HS256");
        assertEquals(
                "johndoe",
                Jwt.of(JwtKey.jwk(oct))
                        .verify(HS256.issue(Map.of("sub", "johndoe")))
                        .subject());
    }

    @Test
    void should_check_issuer_and_audience_it_writes() {
        Jwt jwt = HS256.issuer("https://flute.dev").audience("api", "admin");
        String token = jwt.issue(Map.of("sub", "x"));
        assertEquals("x", jwt.verify(token).subject());
        assertEquals("x", HS256.audience("admin").verify(token).subject(), "one audience in common is enough");
    }

    @Test
    void should_accept_expiry_within_the_leeway() {
        String justExpired = Forge.hs256("{\"alg\":\"HS256\"}", "{\"sub\":\"x\",\"exp\":" + (Forge.now() - 5) + "}");
        assertEquals(
                "x", HS256.leeway(Duration.ofSeconds(30)).verify(justExpired).subject());
        assertThrows(InvalidTokenException.class, () -> HS256.verify(justExpired));
    }

    @Test
    void should_map_claims_onto_a_record_and_read_lists() {
        String token = HS256.issue(Map.of("sub", "johndoe", "scopes", List.of("me", "items"), "scope", "a b"));
        Claims claims = HS256.verify(token);
        TokenData data = claims.as(TokenData.class);
        assertEquals("johndoe", data.sub());
        assertEquals(List.of("me", "items"), data.scopes());
        assertEquals(List.of("a", "b"), claims.strings("scope"));
        assertEquals(List.of(), claims.strings("absent"));
        assertNull(claims.string("scopes"));
        assertThrows(
                InvalidTokenException.class,
                () -> HS256.verify(HS256.issue(Map.of("sub", 7))).as(TokenData.class),
                "a number is not a string, as in Pydantic");
        assertThrows(InvalidTokenException.class, () -> HS256.verify(HS256.issue(Map.of("sub", Map.of("a", 1))))
                .as(TokenData.class));
    }

    @Test
    void should_refuse_weak_or_unusable_keys_when_configured() {
        assertThrows(IllegalArgumentException.class, () -> JwtKey.secret("HS256", "short"));
        assertThrows(IllegalArgumentException.class, () -> JwtKey.secret("HS512", "k".repeat(63)));
        assertThrows(IllegalArgumentException.class, () -> JwtKey.secret("none", "k".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> JwtKey.pem("HS256", "x"));
        assertThrows(IllegalArgumentException.class, () -> Jwt.of(JwtKey.pem("RS256", "not a pem")));
        assertThrows(IllegalArgumentException.class, () -> Jwt.of(JwtKey.jwk(Map.of("kty", "EC", "alg", "ES256"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> Jwt.of(JwtKey.jwk(Map.of("kty", "oct", "k", "c2hvcnQ", "alg", "HS256"))));
        assertThrows(IllegalArgumentException.class, () -> HS256.signWith("RS256"));
        assertTrue(!JwtKey.secret("HS256", SECRET).toString().contains(SECRET), "a secret never shows in logs");
    }

    @Test
    void should_verify_a_bearer_token_as_a_dependency_and_refuse_others_with_401() {
        var route = route(GET, "/me")
                .depends(HS256.claims(oauth2PasswordBearer("token").dep()))
                .handle(Claims::subject);
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/me")
                    .header("Authorization", "Bearer " + HS256.issue(Map.of("sub", "johndoe")))
                    .send()
                    .assertJson("\"johndoe\"");
            client.get("/me")
                    .header("Authorization", "Bearer " + Forge.flip(HS256.issue(Map.of("sub", "johndoe")), 2))
                    .send()
                    .assertStatus(401)
                    .assertHeader("WWW-Authenticate", "Bearer")
                    .assertJson("{\"detail\":\"Could not validate credentials\"}");
        }
    }

    @Test
    void should_refuse_lifetimes_under_a_second_which_would_leave_exp_out() {
        assertThrows(IllegalArgumentException.class, () -> HS256.expiresIn(Duration.ofMillis(500)));
        assertThrows(IllegalArgumentException.class, () -> HS256.issue(Map.of("sub", "x"), Duration.ZERO));
    }
}
