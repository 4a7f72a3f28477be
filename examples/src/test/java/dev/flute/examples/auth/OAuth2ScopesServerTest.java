package dev.flute.examples.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * oauth2-scopes on a real server. Every expectation below is what its FastAPI twin (the docs'
 * scopes tutorial with "me" and "items:read", in the chroot) answered to the same request.
 */
class OAuth2ScopesServerTest {
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        http = Http.start(OAuth2Scopes.app());
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
    }

    static String token(String form) throws Exception {
        HttpResponse<String> response = http.postForm("/token", form);
        assertEquals(200, response.statusCode(), response.body());
        return Json.reader().readTree(response.body()).get("access_token").asText();
    }

    static void expect(String token, String path, int status, String challenge, String json) throws Exception {
        HttpResponse<String> response = http.get(path, token == null ? null : "Bearer " + token);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        assertEquals(
                challenge, response.headers().firstValue("www-authenticate").orElse(null), path);
        assertEquals(Json.reader().readTree(json), Json.reader().readTree(response.body()), path);
    }

    static final String ME = "{\"username\":\"johndoe\",\"email\":\"johndoe@example.com\",\"full_name\":\"John Doe\","
            + "\"disabled\":false}";
    static final String NOT_ENOUGH = "{\"detail\":\"Not enough permissions\"}";

    @Test
    void should_grant_only_the_scopes_a_user_may_have() throws Exception {
        String token = token("username=johndoe&password=secret&scope=me items:read admin");
        JsonNode claims = Json.reader().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals(Json.reader().readTree("[\"me\",\"items:read\"]"), claims.get("scopes"));
    }

    @Test
    void should_open_each_route_to_the_scopes_it_needs() throws Exception {
        String both = token("username=johndoe&password=secret&scope=me items:read");
        expect(both, "/users/me/", 200, null, ME);
        expect(both, "/users/me/items/", 200, null, "[{\"item_id\":\"Foo\",\"owner\":\"johndoe\"}]");
        expect(both, "/status/", 200, null, "{\"status\":\"ok\"}");

        String me = token("username=johndoe&password=secret&scope=me");
        expect(me, "/users/me/", 200, null, ME);
        expect(me, "/users/me/items/", 401, "Bearer scope=\"items:read me\"", NOT_ENOUGH);

        String none = token("username=johndoe&password=secret");
        expect(none, "/users/me/", 401, "Bearer scope=\"me\"", NOT_ENOUGH);
        expect(none, "/status/", 200, null, "{\"status\":\"ok\"}");
    }

    @Test
    void should_check_scopes_before_the_disabled_flag() throws Exception {
        String alice = token("username=alice&password=secret2&scope=me items:read");
        expect(alice, "/users/me/", 400, null, "{\"detail\":\"Inactive user\"}");
        expect(alice, "/users/me/items/", 401, "Bearer scope=\"items:read me\"", NOT_ENOUGH);
    }

    @Test
    void should_challenge_with_the_route_scopes_when_the_token_is_missing_or_bad() throws Exception {
        expect(null, "/users/me/items/", 401, "Bearer", "{\"detail\":\"Not authenticated\"}");
        String invalid = "{\"detail\":\"Could not validate credentials\"}";
        expect("garbage", "/users/me/items/", 401, "Bearer scope=\"items:read me\"", invalid);
        expect("garbage", "/status/", 401, "Bearer", invalid);
        long exp = System.currentTimeMillis() / 1000 + 600;
        for (Object scopes : new Object[] {"me items:read", java.util.List.of(1)}) {
            String typed = OAuth2Scopes.JWT.issue(Map.of("sub", "johndoe", "exp", exp, "scopes", scopes));
            expect(typed, "/users/me/items/", 401, "Bearer scope=\"items:read me\"", invalid);
        }
    }

    @Test
    void should_refuse_wrong_passwords_with_400_as_the_tutorial_does() throws Exception {
        HttpResponse<String> wrong = http.postForm("/token", "username=johndoe&password=nope");
        assertEquals(400, wrong.statusCode());
        assertEquals("{\"detail\":\"Incorrect username or password\"}", wrong.body());
    }
}
