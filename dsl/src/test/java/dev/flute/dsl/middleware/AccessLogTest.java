package dev.flute.dsl.middleware;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.testing.TestClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AccessLogTest {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private Api logged() {
        return api("log", "1")
                .middleware(AccessLog.create().to(lines::add))
                .routes(
                        route(GET, "/items/<item_id>")
                                .param(path("item_id", int_()))
                                .handle(id -> Map.of("id", id)),
                        route(GET, "/teapot").handle(() -> {
                            throw new HttpError(418, "short and stout");
                        }));
    }

    @Test
    void should_log_one_line_per_request_with_the_route_template() {
        try (var client = TestClient.of(logged())) {
            client.get("/items/42")
                    .header("X-Request-ID", "req-1")
                    .send()
                    .assertStatus(200)
                    .assertHeader("x-request-id", "req-1");
            client.get("/items/x").header("X-Request-ID", "req-2").send().assertStatus(422);
            client.get("/teapot")
                    .header("X-Request-ID", "req-3")
                    .checkResponse(false)
                    .send()
                    .assertStatus(418);
            client.get("/nowhere").header("X-Request-ID", "req-4").send().assertStatus(404);
        }
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("GET /items/42 /items/\\{item_id\\} 200 \\d+\\.\\d{3}ms req-1"), lines.get(0));
        assertTrue(lines.get(1).startsWith("GET /items/x /items/{item_id} 422 "), lines.get(1));
        assertTrue(lines.get(2).startsWith("GET /teapot /teapot 418 "), lines.get(2));
        assertTrue(lines.get(3).startsWith("GET /nowhere - 404 "), lines.get(3));
    }

    @Test
    void should_make_up_a_request_id_when_the_client_sent_none_or_an_unsafe_one() {
        try (var client = TestClient.of(logged())) {
            String made = client.get("/items/1").send().header("x-request-id");
            assertTrue(made.matches("[0-9a-f-]{36}"), made);
            String replaced = client.get("/items/1")
                    .header("X-Request-ID", "a b\u0001")
                    .send()
                    .header("x-request-id");
            assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
            String tooLong = client.get("/items/1")
                    .header("X-Request-ID", "x".repeat(200))
                    .send()
                    .header("x-request-id");
            assertTrue(tooLong.matches("[0-9a-f-]{36}"), tooLong);
        }
        assertEquals(3, lines.size());
    }

    @Test
    void should_use_the_header_it_is_given() {
        Api traced = api("log", "1")
                .middleware(AccessLog.create().requestIdHeader("X-Trace").to(lines::add))
                .routes(route(GET, "/").handle(() -> Map.of()));
        try (var client = TestClient.of(traced)) {
            client.get("/").header("X-Trace", "t-1").send().assertHeader("x-trace", "t-1");
        }
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("GET / / 200 ") && lines.get(0).endsWith(" t-1"), lines.get(0));
    }
}
