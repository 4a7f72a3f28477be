package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.middleware.SecurityHeaders;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.Future;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code nosniff} on every response; the other security headers from a middleware. */
class SecurityHeadersTest {
    static final Endpoint ITEM =
            route(GET, "/items/<id>").param(path("id", int_())).handle(id -> Map.of("id", id));
    static final Endpoint OWN =
            route(GET, "/own").handle(() -> Response.text("framed").header("X-Frame-Options", "SAMEORIGIN"));

    @Test
    void every_response_says_nosniff_errors_included() {
        try (var client = TestClient.of(api("t", "1").routes(ITEM))) {
            client.get("/items/1").send().assertStatus(200).assertHeader("x-content-type-options", "nosniff");
            client.get("/items/x").send().assertStatus(422).assertHeader("x-content-type-options", "nosniff");
            client.get("/nowhere").send().assertStatus(404).assertHeader("x-content-type-options", "nosniff");
        }
    }

    @Test
    void the_middleware_adds_frame_options_and_referrer_policy_unless_the_response_has_its_own() {
        try (var client =
                TestClient.of(api("t", "1").middleware(SecurityHeaders.DEFAULT).routes(ITEM, OWN))) {
            var item = client.get("/items/1").send();
            item.assertHeader("x-frame-options", "DENY").assertHeader("referrer-policy", "no-referrer");
            assertNull(item.header("strict-transport-security"), "not over TLS");
            client.get("/own").send().assertHeader("x-frame-options", "SAMEORIGIN");
            client.get("/nowhere").send().assertStatus(404).assertHeader("x-frame-options", "DENY");
        }
    }

    @Test
    void hsts_only_on_a_request_that_came_over_tls() {
        Request request = mock(Request.class);
        Middleware.Next ok = r -> Future.succeededFuture(Response.text("ok"));
        when(request.origin()).thenReturn("https://api.example.com");
        assertEquals(
                "max-age=31536000; includeSubDomains",
                SecurityHeaders.DEFAULT.handle(request, ok).result().header("strict-transport-security"));
        assertNull(
                SecurityHeaders.DEFAULT.hsts(null).handle(request, ok).result().header("strict-transport-security"));
        when(request.origin()).thenReturn("http://api.example.com");
        assertNull(SecurityHeaders.DEFAULT.handle(request, ok).result().header("strict-transport-security"));
    }

    @Test
    void a_value_that_could_split_the_header_is_refused_up_front() {
        assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.DEFAULT.referrerPolicy("a\r\nb"));
    }
}
