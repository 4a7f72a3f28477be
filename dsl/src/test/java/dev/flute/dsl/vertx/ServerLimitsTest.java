package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a standalone server refuses before any route runs: oversize, malformed and slow requests. */
class ServerLimitsTest {
    record Echo(String name) {}

    static Vertx vertx;
    static FluteServer server;

    @BeforeAll
    static void start() throws Exception {
        var echo = model(Echo.class);
        Api api = api("limits", "1")
                .settings(Api.Settings.DEFAULT.maxBodySize(1024))
                .routes(
                        route(GET, "/ping").handle(() -> Map.of("pong", true)),
                        route(POST, "/echo").param(body(echo)).handle(e -> e));
        vertx = Vertx.vertx();
        server =
                Servers.start(vertx, api, ServerConfig.port(0).host("127.0.0.1").headerTimeoutSeconds(1));
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    private static String send(String request) throws Exception {
        return RawSocket.exchange(server.port(), request, 3000);
    }

    @Test
    void a_well_formed_request_is_served() throws Exception {
        String response = send("GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        RawSocket.assertAnswer(response, 200, "{\"pong\":true}");
    }

    @Test
    void a_request_line_of_what_real_clients_send_is_served() throws Exception {
        // uvicorn takes 10,000+ characters; browsers and proxies allow 8 to 16 KiB.
        String line = "GET /ping?q=" + "a".repeat(16_000) + " HTTP/1.1";
        String response = send(line + "\r\nHost: x\r\nX-Big: " + "b".repeat(15_000) + "\r\nConnection: close\r\n\r\n");
        RawSocket.assertAnswer(response, 200, "{\"pong\":true}");
    }

    @Test
    void an_overlong_request_line_is_414_in_fastapis_shape_and_closes() throws Exception {
        String response = RawSocket.exchangeUntilClosed(
                server.port(), "GET /ping?" + "a".repeat(17_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
        RawSocket.assertAnswer(response, 414, "{\"detail\":\"Request-URI Too Long\"}");
    }

    @Test
    void oversize_headers_are_431_in_fastapis_shape_and_close() throws Exception {
        String response = RawSocket.exchangeUntilClosed(
                server.port(), "GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(17_000) + "\r\n\r\n", 3000);
        RawSocket.assertAnswer(response, 431, "{\"detail\":\"Request Header Fields Too Large\"}");
    }

    @Test
    void the_request_limits_are_configurable() throws Exception {
        var api = api("small", "1").routes(route(GET, "/ping").handle(() -> Map.of("pong", true)));
        var strict = Servers.start(
                vertx,
                api,
                ServerConfig.port(0).host("127.0.0.1").maxInitialLineLength(64).maxHeaderSize(64));
        String line =
                RawSocket.exchange(strict.port(), "GET /ping?" + "a".repeat(64) + " HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
        assertEquals(414, RawSocket.status(line), line);
        String headers = RawSocket.exchange(
                strict.port(), "GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(64) + "\r\n\r\n", 3000);
        assertEquals(431, RawSocket.status(headers), headers);
    }

    @Test
    void a_body_over_the_limit_is_413_before_it_is_read() throws Exception {
        String response = send(
                "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{");
        assertEquals(413, RawSocket.status(response), response);
    }

    @Test
    void no_100_continue_for_a_body_over_the_limit() throws Exception {
        String response = send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000\r\nExpect: 100-continue\r\n\r\n");
        assertFalse(response.contains("100 Continue"), response);
        assertEquals(413, RawSocket.status(response), response);
    }

    @Test
    void a_body_within_the_limit_gets_100_continue_then_an_answer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(3000);
            var out = socket.getOutputStream();
            out.write(("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 14\r\n"
                            + "Expect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] interim = new byte[25];
            int n = socket.getInputStream().read(interim);
            assertTrue(new String(interim, 0, n, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 100 Continue"));
            out.write("{\"name\":\"ab\"}\n".getBytes(StandardCharsets.US_ASCII));
            String rest = RawSocket.readUntilQuiet(socket.getInputStream());
            assertTrue(rest.contains("200 OK") && rest.contains("{\"name\":\"ab\"}"), rest);
        }
    }

    @Test
    void a_body_in_several_chunks_is_read_whole() throws Exception {
        // Each chunk reaches the collector apart: the first is kept, the others appended to it.
        String response = send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "4\r\n{\"na\r\n6\r\nme\":\"a\r\n3\r\nb\"}\r\n0\r\n\r\n");
        RawSocket.assertAnswer(response, 200, "{\"name\":\"ab\"}");
    }

    @Test
    void a_chunked_body_growing_over_the_limit_is_413_and_closes() throws Exception {
        String chunk = "200\r\n" + " ".repeat(512) + "\r\n"; // 512 bytes: the third passes 1024
        String response = RawSocket.exchangeUntilClosed(
                server.port(),
                "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n" + chunk.repeat(3),
                3000);
        assertEquals(413, RawSocket.status(response), response);
        assertTrue(response.toLowerCase().contains("connection: close"), response);
    }

    @Test
    void content_length_with_transfer_encoding_is_refused() throws Exception {
        // Were the Content-Length (2) used, "{}" would be the body and the chunk lines a second request.
        String response =
                send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\nC\r\n{\"name\":\"x\"}\r\n0\r\n\r\n");
        assertEquals(400, RawSocket.status(response), response);
        assertTrue(response.toLowerCase().contains("connection: close"), response);
        assertEquals(1, response.split("HTTP/1.1 ", -1).length - 1, "exactly one response: " + response);
    }

    @Test
    void malformed_chunked_encoding_is_refused() throws Exception {
        String response = send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        int status = RawSocket.status(response);
        assertTrue(status == 400 || (status == -1 && response.isEmpty()), "a 4xx or a closed connection: " + response);
    }

    @Test
    void a_negative_content_length_is_refused() throws Exception {
        String response = send(
                "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n{}");
        int status = RawSocket.status(response);
        assertTrue(status == 400 || (status == -1 && response.isEmpty()), response);
    }

    @Test
    void a_client_that_never_finishes_its_headers_is_cut_off() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            // The header deadline is 1 s; a read that times out instead means the server kept waiting.
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write("GET /ping HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, socket.getInputStream().read(), "the server closes the connection");
        }
    }
}
