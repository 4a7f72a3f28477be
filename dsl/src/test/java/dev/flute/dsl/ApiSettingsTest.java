package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
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
    void redirects_can_be_turned_off() {
        var items = route(GET, "/items/").handle(() -> "ok");
        try (var client = TestClient.of(api("t", "1")
                .settings(Api.Settings.DEFAULT.redirectSlashes(false))
                .routes(items))) {
            client.get("/items").send().assertStatus(404);
        }
    }
}
