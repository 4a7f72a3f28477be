package dev.flute.auth;

import static dev.flute.auth.Auth.*;
import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.Api;
import dev.flute.dsl.testing.TestClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each scheme as a dependency, through the in-memory client: what it hands the handler, and the 401
 * and challenge of FastAPI ≥ 0.122 when credentials are missing or malformed.
 */
class SchemesTest {
    private static final String NOT_AUTHENTICATED = "{\"detail\":\"Not authenticated\"}";
    private static TestClient client;

    static Map<String, Object> map(Object... kv) {
        var m = new HashMap<String, Object>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @BeforeAll
    static void start() {
        var bearer = httpBearer().dep();
        var basic = httpBasic().dep();
        var realm = httpBasic().realm("admin area").dep();
        Api api = api("t", "1")
                .routes(
                        route(GET, "/oauth2")
                                .depends(oauth2PasswordBearer("token").dep())
                                .handle(t -> map("token", t)),
                        route(GET, "/oauth2/optional")
                                .depends(oauth2PasswordBearer("token").optional())
                                .handle(t -> map("token", t.orElse(null))),
                        route(GET, "/bearer")
                                .depends(bearer)
                                .handle(c -> map("scheme", c.scheme(), "credentials", c.credentials())),
                        route(GET, "/bearer/optional")
                                .depends(httpBearer().optional())
                                .handle(c -> map("present", c.isPresent())),
                        route(GET, "/basic")
                                .depends(basic)
                                .handle(c -> map("username", c.username(), "password", c.password())),
                        route(GET, "/basic/realm").depends(realm).handle(c -> map("username", c.username())),
                        route(GET, "/basic/optional")
                                .depends(httpBasic().optional())
                                .handle(c -> map("present", c.isPresent())),
                        route(GET, "/key/header")
                                .depends(apiKeyHeader("X-API-Key").dep())
                                .handle(k -> map("key", k)),
                        route(GET, "/key/query")
                                .depends(apiKeyQuery("api_key").dep())
                                .handle(k -> map("key", k)),
                        route(GET, "/key/cookie")
                                .depends(apiKeyCookie("session").dep())
                                .handle(k -> map("key", k)),
                        route(GET, "/key/optional")
                                .depends(apiKeyHeader("X-API-Key").optional())
                                .handle(k -> map("key", k.orElse(null))),
                        route(GET, "/oidc")
                                .depends(openIdConnect("https://id.example/.well-known/openid-configuration")
                                        .dep())
                                .handle(h -> map("authorization", h)),
                        route(GET, "/oidc/optional")
                                .depends(openIdConnect("https://id.example/").optional())
                                .handle(h -> map("present", h.isPresent())));
        client = TestClient.of(api);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static void refused(String path, String authorization, String challenge) {
        var request = client.get(path);
        if (authorization != null) request.header("Authorization", authorization);
        request.send()
                .assertStatus(401)
                .assertHeader("WWW-Authenticate", challenge)
                .assertJson(NOT_AUTHENTICATED);
    }

    @Test
    void oauth2_bearer_hands_over_the_token_after_any_bearer_scheme_spelling() {
        client.get("/oauth2").header("Authorization", "Bearer abc.def").send().assertJson("{\"token\":\"abc.def\"}");
        client.get("/oauth2").header("Authorization", "bEaReR   abc ").send().assertJson("{\"token\":\"abc\"}");
        // FastAPI hands over an empty token too; the token's verifier refuses it.
        client.get("/oauth2").header("Authorization", "Bearer").send().assertJson("{\"token\":\"\"}");
    }

    @Test
    void oauth2_bearer_refuses_missing_or_other_schemes_with_a_bearer_challenge() {
        refused("/oauth2", null, "Bearer");
        refused("/oauth2", "", "Bearer");
        refused("/oauth2", "Basic am9objpzZWNyZXQ=", "Bearer");
        refused("/oauth2", "Bearerabc", "Bearer");
        refused("/oauth2", "abc.def.ghi", "Bearer");
    }

    @Test
    void optional_oauth2_bearer_yields_no_token_instead_of_failing() {
        client.get("/oauth2/optional").send().assertStatus(200).assertJson("{\"token\":null}");
        client.get("/oauth2/optional").header("Authorization", "Basic x").send().assertJson("{\"token\":null}");
        client.get("/oauth2/optional")
                .header("Authorization", "Bearer t")
                .send()
                .assertJson("{\"token\":\"t\"}");
    }

    @Test
    void http_bearer_gives_scheme_and_credentials_and_refuses_empty_or_other_schemes() {
        client.get("/bearer")
                .header("Authorization", "Bearer tok")
                .send()
                .assertJson("{\"scheme\":\"Bearer\",\"credentials\":\"tok\"}");
        refused("/bearer", null, "Bearer");
        refused("/bearer", "Bearer", "Bearer");
        refused("/bearer", "Bearer    ", "Bearer");
        refused("/bearer", "Digest abc", "Bearer");
        client.get("/bearer/optional").send().assertJson("{\"present\":false}");
        client.get("/bearer/optional")
                .header("Authorization", "Digest x")
                .send()
                .assertJson("{\"present\":false}");
        client.get("/bearer/optional")
                .header("Authorization", "Bearer x")
                .send()
                .assertJson("{\"present\":true}");
    }

    @Test
    void http_basic_decodes_user_and_password_keeping_colons_in_the_password() {
        // base64("john:se:cret") and base64(":")
        client.get("/basic")
                .header("Authorization", "Basic am9objpzZTpjcmV0")
                .send()
                .assertJson("{\"username\":\"john\",\"password\":\"se:cret\"}");
        client.get("/basic")
                .header("Authorization", "basic Og==")
                .send()
                .assertJson("{\"username\":\"\",\"password\":\"\"}");
    }

    @Test
    void http_basic_refuses_missing_undecodable_non_ascii_or_colonless_credentials() {
        refused("/basic", null, "Basic");
        refused("/basic", "Bearer abc", "Basic");
        refused("/basic", "Basic", "Basic");
        refused("/basic", "Basic !!!!", "Basic");
        refused("/basic", "Basic am9obg", "Basic"); // no padding: Python refuses it too
        refused("/basic", "Basic am9obg==", "Basic"); // "john": no colon
        refused("/basic", "Basic w6k6eA==", "Basic"); // "é:x" is not ASCII
        refused("/basic/realm", null, "Basic realm=\"admin area\"");
    }

    @Test
    void optional_http_basic_is_empty_without_the_header_but_still_refuses_a_broken_one() {
        client.get("/basic/optional").send().assertJson("{\"present\":false}");
        client.get("/basic/optional").header("Authorization", "Bearer x").send().assertJson("{\"present\":false}");
        client.get("/basic/optional")
                .header("Authorization", "Basic !!")
                .send()
                .assertStatus(401)
                .assertHeader("WWW-Authenticate", "Basic");
    }

    @Test
    void api_keys_are_read_from_header_query_and_cookie() {
        client.get("/key/header").header("x-api-key", "k1").send().assertJson("{\"key\":\"k1\"}");
        client.get("/key/query?api_key=a&api_key=k2").send().assertJson("{\"key\":\"k2\"}");
        client.get("/key/cookie").cookie("session", "k3").send().assertJson("{\"key\":\"k3\"}");
        client.get("/key/optional").send().assertJson("{\"key\":null}");
    }

    @Test
    void missing_or_empty_api_keys_get_the_api_key_challenge() {
        refused("/key/header", null, "APIKey");
        client.get("/key/header")
                .header("X-API-Key", "")
                .send()
                .assertStatus(401)
                .assertHeader("WWW-Authenticate", "APIKey");
        client.get("/key/query?api_key=").send().assertStatus(401).assertHeader("WWW-Authenticate", "APIKey");
        client.get("/key/query?other=1").send().assertStatus(401).assertJson(NOT_AUTHENTICATED);
        client.get("/key/cookie")
                .cookie("other", "x")
                .send()
                .assertStatus(401)
                .assertHeader("WWW-Authenticate", "APIKey");
    }

    @Test
    void openid_connect_hands_over_the_whole_header_and_refuses_its_absence() {
        client.get("/oidc")
                .header("Authorization", "Bearer id.tok.en")
                .send()
                .assertJson("{\"authorization\":\"Bearer id.tok.en\"}");
        refused("/oidc", null, "Bearer");
        client.get("/oidc/optional").send().assertJson("{\"present\":false}");
    }

    @Test
    void credentials_do_not_show_in_logs() {
        assertFalse(new BasicCredentials("u", "hunter2").toString().contains("hunter2"));
        assertFalse(new HttpCredentials("Bearer", "tok").toString().contains("tok"));
    }

    @Test
    void a_realm_that_would_break_the_quoted_challenge_is_refused_when_declared() {
        assertThrows(IllegalArgumentException.class, () -> httpBasic().realm("a\"b"));
        assertThrows(IllegalArgumentException.class, () -> httpBasic().realm("a\r\nX: y"));
    }
}
