package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.dsl.Api;
import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.http.Response;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CR, LF or NUL in a response header once made Vert.x throw while writing; the failure was
 * dropped and the client waited for the idle timeout. Such headers are refused where they are set,
 * and whatever Vert.x still refuses to write is answered 500: the client always gets an answer.
 */
class UnwritableHeadersTest {
    private static Vertx vertx;
    private static FluteServer server;

    @BeforeAll
    static void start() throws Exception {
        Api api = api("headers", "1")
                .routes(
                        route(GET, "/header")
                                .handle(() -> Response.json(Map.of()).header("X-Echo", "a\r\nSet-Cookie: evil=1")),
                        route(GET, "/error").handle(() -> {
                            throw new HttpError(400, "no").header("X-Echo", "a\nb");
                        }),
                        // Not a header(...) call: only the writer can catch this one.
                        route(GET, "/media-type").handle(() -> Response.of("hi", "text/plain\r\nSet-Cookie: evil=1")));
        vertx = Vertx.vertx();
        server = Servers.start(vertx, api);
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/header", "/error", "/media-type"})
    void an_unwritable_header_is_a_prompt_500(String path) throws Exception {
        String response = RawSocket.exchange(
                server.port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 3000);
        RawSocket.assertAnswer(response, 500, "Internal Server Error");
        assertFalse(response.toLowerCase().contains("evil"), response);
    }

    @Test
    void headers_with_controls_are_refused_where_they_are_set() {
        for (String bad : List.of("a\rb", "a\nb", "a\u0000b", "a\u007fb")) {
            assertThrows(
                    IllegalArgumentException.class, () -> Response.text("x").header("X-Test", bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new HttpError(400).header("X-Test", bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Response.text("x").header("X Test", "v"));
        assertThrows(IllegalArgumentException.class, () -> Response.text("x").header("X-Test:", "v"));
        assertEquals("a\tb", Response.text("x").header("X-Test", "a\tb").header("x-test"));
    }
}
