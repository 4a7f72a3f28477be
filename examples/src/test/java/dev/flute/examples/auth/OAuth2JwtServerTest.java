package dev.flute.examples.auth;

import static dev.flute.dsl.Flute.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.auth.jwt.Claims;
import dev.flute.auth.password.Passwords;
import dev.flute.dsl.Api;
import dev.flute.dsl.Json;
import dev.flute.examples.Examples;
import dev.flute.examples.auth.OAuth2Jwt.UserInDB;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * oauth2-jwt on a real server: the whole login flow (the answers FastAPI gives to fixed requests
 * are replayed by WireReplayTest; a fresh token cannot be recorded), a disabled user, and bcrypt
 * kept off the event loop.
 */
class OAuth2JwtServerTest {
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        http = Http.start(Examples.named("oauth2-jwt").orElseThrow().api().get());
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
    }

    static String login(Http on, String username, String password) throws Exception {
        HttpResponse<String> token = on.postForm("/token", "username=" + username + "&password=" + password);
        assertEquals(200, token.statusCode(), token.body());
        JsonNode body = Json.reader().readTree(token.body());
        assertEquals("bearer", body.get("token_type").asText());
        assertEquals(2, body.size(), "only access_token and token_type: " + body);
        return body.get("access_token").asText();
    }

    @Test
    void should_log_in_with_the_password_form_and_use_the_token() throws Exception {
        String token = login(http, "johndoe", "secret");
        Claims claims = OAuth2Jwt.JWT.verify(token);
        assertEquals("johndoe", claims.subject());
        long lifetime = Duration.between(Instant.now(), claims.expiresAt()).toSeconds();
        assertTrue(lifetime > 29 * 60 && lifetime <= 30 * 60, "expires in 30 minutes: " + lifetime + " s");

        HttpResponse<String> me = http.get("/users/me/", "Bearer " + token);
        assertEquals(200, me.statusCode());
        assertEquals(
                Json.reader()
                        .readTree("{\"username\":\"johndoe\",\"email\":\"johndoe@example.com\","
                                + "\"full_name\":\"John Doe\",\"disabled\":false}"),
                Json.reader().readTree(me.body()));
        HttpResponse<String> items = http.get("/users/me/items/", "Bearer " + token);
        assertEquals("[{\"item_id\":\"Foo\",\"owner\":\"johndoe\"}]", items.body());
    }

    @Test
    void should_refuse_a_disabled_user_with_400_inactive_user() throws Exception {
        String hash = Passwords.bcrypt().cost(4).hash("wonderland");
        var alice = new UserInDB("alice", "alice@example.com", "Alice Wonderson", true, hash);
        Api withAlice = OAuth2Jwt.app().override(OAuth2Jwt.USERS_DB, dep(() -> Map.of("alice", alice)));
        try (Http server = Http.start(withAlice)) {
            String token = login(server, "alice", "wonderland");
            for (String path : new String[] {"/users/me/", "/users/me/items/"}) {
                HttpResponse<String> me = server.get(path, "Bearer " + token);
                assertEquals(400, me.statusCode());
                assertEquals("{\"detail\":\"Inactive user\"}", me.body());
            }
        }
    }

    @Test
    void should_answer_other_requests_while_a_login_hashes() throws Exception {
        // One event loop serves the port: if bcrypt (about 0.25 s) ran on it, the quick 401 below
        // would only be answered after the login.
        CompletableFuture<Long> slowDone = http.postFormAsync("/token", "username=johndoe&password=wrong")
                .thenApply(response -> {
                    assertEquals(401, response.statusCode());
                    return System.nanoTime();
                });
        Thread.sleep(100);
        HttpResponse<String> quick = http.get("/users/me/", null);
        long quickDone = System.nanoTime();
        assertEquals(401, quick.statusCode());
        assertTrue(quickDone < slowDone.get(), "the quick request waited for bcrypt");
    }
}
