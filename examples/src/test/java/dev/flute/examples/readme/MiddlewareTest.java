package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.Middleware;
import dev.flute.dsl.middleware.AccessLog;
import dev.flute.dsl.middleware.SecurityHeaders;
import dev.flute.dsl.testing.TestClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MiddlewareTest {
    static final List<String> LINES = new CopyOnWriteArrayList<>();

    // README: middleware
    static final Middleware PROCESS_TIME = (request, next) -> {
        long start = System.nanoTime();
        return next.handle(request)
                .map(response -> response.header("X-Process-Time", String.valueOf((System.nanoTime() - start) / 1e9)));
    };

    static Api app() {
        return api("Timed", "1.0")
                .middleware(PROCESS_TIME) // the first added is the outermost
                .middleware(AccessLog.create().to(LINES::add)) // the dev.flute.access logger unless told
                .middleware(SecurityHeaders.DEFAULT) // X-Frame-Options, Referrer-Policy, HSTS over TLS
                .routes(route(GET, "/items/<item_id>")
                        .param(path("item_id", int_()))
                        .handle(id -> Map.of("item_id", id)));
    }
    // README: end

    @Test
    void should_time_log_and_protect_every_answer() {
        try (var client = TestClient.of(app())) {
            var response = client.get("/items/42")
                    .header("X-Request-ID", "r-1")
                    .send()
                    .assertStatus(200)
                    .assertText("{\"item_id\":42}")
                    .assertHeader("X-Frame-Options", "DENY")
                    .assertHeader("Referrer-Policy", "no-referrer")
                    .assertHeader("X-Content-Type-Options", "nosniff")
                    .assertHeader("X-Request-ID", "r-1");
            assertTrue(Double.parseDouble(response.header("X-Process-Time")) >= 0);
        }
        assertEquals(1, LINES.size());
        assertTrue(LINES.get(0).startsWith("GET /items/42 /items/{item_id} 200 "), LINES.get(0));
        assertTrue(LINES.get(0).endsWith(" r-1"), LINES.get(0));
    }
}
