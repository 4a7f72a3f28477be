package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits and switches set once for the whole API, and a route's own settings winning over them. */
class ApiSettingsTest {
    static final Endpoint LOGIN = route(POST, "/login/")
            .param(form("username", str()))
            .param(form("password", str()))
            .handle((u, p) -> Map.of("username", u));

    static final Endpoint ROOMY = route(POST, "/roomy/")
            .formLimits(FormLimits.DEFAULT.maxFields(10))
            .param(form("username", str()))
            .handle(u -> Map.of("username", u));

    static Api settingsApi() {
        return api("t", "1")
                .settings(Api.Settings.DEFAULT.formLimits(FormLimits.DEFAULT.maxFields(2)))
                .routes(LOGIN, ROOMY);
    }

    @Test
    void each_setting_changes_its_own_component_and_keeps_the_others() {
        var d = Api.Settings.DEFAULT;
        var all = d.docs("/o.json", null, "/r")
                .redirectSlashes(false)
                .maxBodySize(7)
                .rootPath("/api")
                .formLimits(FormLimits.DEFAULT.maxFields(3))
                .allowEncodedSlashes(true)
                .maxJsonDepth(5)
                .maxBlocking(9)
                .responseChecks(ResponseChecks.LOG);
        assertEquals(
                new Api.Settings(
                        "/o.json",
                        null,
                        "/r",
                        false,
                        7,
                        "/api",
                        FormLimits.DEFAULT.maxFields(3),
                        true,
                        5,
                        9,
                        ResponseChecks.LOG),
                all);
        assertEquals(d, d.maxBlocking(9).maxBlocking(d.maxBlocking()));
        assertThrows(IllegalArgumentException.class, () -> d.maxBodySize(0));
        assertThrows(IllegalArgumentException.class, () -> d.formLimits(null));
    }

    @Test
    void api_form_limits_apply_to_every_route() {
        try (var client = TestClient.of(settingsApi())) {
            client.post("/login/")
                    .form("username", "ada", "password", "x")
                    .send()
                    .assertStatus(200);
            var refused = client.post("/login/")
                    .form("username", "ada", "password", "x", "extra", "1")
                    .send()
                    .assertStatus(400);
            assertTrue(refused.text().contains("Too many fields"), refused.text());
        }
    }

    @Test
    void a_route_limit_wins_over_the_api_limit() {
        try (var client = TestClient.of(settingsApi())) {
            client.post("/roomy/")
                    .form("username", "ada", "a", "1", "b", "2", "c", "3")
                    .send()
                    .assertStatus(200);
        }
    }

    @Test
    void json_nesting_is_bounded_and_the_bound_is_configurable() {
        // A string body: a nested list parses (then is no string); a list nested too deep does not parse.
        var echo = route(POST, "/echo").param(body("value", str())).handle(v -> Map.of("ok", true));
        try (var client = TestClient.of(api("t", "1").routes(echo))) {
            assertEquals("string_type", errorType(client, 256));
            assertEquals("json_invalid", errorType(client, 257));
        }
        try (var client = TestClient.of(
                api("t", "1").settings(Api.Settings.DEFAULT.maxJsonDepth(8)).routes(echo))) {
            assertEquals("string_type", errorType(client, 8));
            assertEquals("json_invalid", errorType(client, 9));
        }
    }

    private static String errorType(TestClient client, int depth) {
        String text = client.post("/echo")
                .json("[".repeat(depth) + "]".repeat(depth))
                .send()
                .assertStatus(422)
                .text();
        return text.substring(text.indexOf("\"type\":\"") + 8, text.indexOf("\",\"loc\""));
    }

    @Test
    void redirects_can_be_turned_off() {
        var items = route(GET, "/items/").handle(() -> "ok");
        try (var client = TestClient.of(api("t", "1")
                .settings(Api.Settings.DEFAULT.redirectSlashes(false))
                .routes(items))) {
            client.get("/items").send().assertStatus(404);
        }
    }
}
