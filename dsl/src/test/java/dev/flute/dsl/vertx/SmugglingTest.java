package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests whose body length is ambiguous (RFC 9112 §6.3): a front end and Flute could frame them
 * differently, and what one takes for a body the other would serve as a second request. Each is
 * refused with 400 and the connection closed, so whatever follows on it is never served.
 */
class SmugglingTest {
    /** A request hidden where a front end framing by Content-Length would see only body. */
    private static final String SMUGGLED = "GET /secret HTTP/1.1\r\nHost: x\r\n\r\n";

    private static final AtomicInteger secrets = new AtomicInteger();
    private static Vertx vertx;
    private static FluteServer server;

    @BeforeAll
    static void start() throws Exception {
        Api api = api("smuggling", "1")
                .routes(
                        route(POST, "/echo").param(body("name", str())).handle(name -> Map.of("name", name)),
                        route(GET, "/secret").handle(() -> Map.of("secret", secrets.incrementAndGet())));
        vertx = Vertx.vertx();
        server = Servers.start(vertx, api);
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    @BeforeEach
    void noSecretYet() {
        secrets.set(0);
    }

    private static void assertRefusedAndClosed(String request) throws Exception {
        String response = RawSocket.exchangeUntilClosed(server.port(), request, 3000);
        assertEquals(400, RawSocket.status(response), response);
        assertEquals(1, response.split("HTTP/1.1 ", -1).length - 1, "exactly one response: " + response);
        assertEquals(0, secrets.get(), "the smuggled request was served: " + response);
    }

    private static String post(String lengthHeaders, String body) {
        return "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + lengthHeaders + "\r\n" + body;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Transfer-Encoding: chunked", "Transfer-Encoding:\r\n chunked"})
    void content_length_with_transfer_encoding_closes_the_connection(String chunked) throws Exception {
        // The second spelling is folded: Netty unfolds it into the first.
        String body = "0\r\n\r\n" + SMUGGLED;
        assertRefusedAndClosed(post("Content-Length: " + body.length() + "\r\n" + chunked + "\r\n", body));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"gzip", "gzip, chunked", "chunked, gzip", "identity", "chunked\r\nTransfer-Encoding: chunked"})
    void a_transfer_encoding_other_than_chunked_is_refused_and_closes_the_connection(String coding) throws Exception {
        // Framed as "no body", the bytes after the headers would be read as the next request.
        assertRefusedAndClosed(post("Transfer-Encoding: " + coding + "\r\n", SMUGGLED));
    }

    @Test
    void two_different_content_lengths_close_the_connection() throws Exception {
        String body = "\"x\"" + SMUGGLED;
        assertRefusedAndClosed(post("Content-Length: 3\r\nContent-Length: " + body.length() + "\r\n", body));
    }

    @Test
    void the_refusal_says_why_in_fastapis_shape() throws Exception {
        String response = RawSocket.exchangeUntilClosed(server.port(), post("Transfer-Encoding: gzip\r\n", ""), 3000);
        RawSocket.assertAnswer(response, 400, "{\"detail\":\"Transfer-Encoding other than chunked is refused\"}");
        assertTrue(response.toLowerCase().contains("x-content-type-options: nosniff"), response);
    }

    @Test
    void chunked_alone_is_served() throws Exception {
        String response = RawSocket.exchange(
                server.port(),
                post("Transfer-Encoding: chunked\r\nConnection: close\r\n", "3\r\n\"x\"\r\n0\r\n\r\n"),
                3000);
        RawSocket.assertAnswer(response, 200, "{\"name\":\"x\"}");
    }
}
