package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.FormLimits;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A urlencoded body of bare names ({@code a&a&a…}) once cost time quadratic in its length on the
 * event loop, and its fields were counted only after all of it was parsed. It must be refused as
 * soon as it has too many fields, and parsed in linear time when a route allows that many.
 */
class FormFloodTest {
    private static final int TWO_MIB = 2 << 20;
    private static Vertx vertx;
    private static FluteServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Api api = api("flood", "1")
                .routes(
                        route(GET, "/ping").handle(() -> Map.of("pong", true)),
                        route(POST, "/token").param(form("username", str())).handle(u -> Map.of("username", u)),
                        route(POST, "/roomy")
                                .formLimits(FormLimits.DEFAULT.maxFields(Integer.MAX_VALUE))
                                .param(form("username", str().optional()))
                                .handle(u -> Map.of("found", u.isPresent())));
        // Port 0: one verticle, so every request shares the flood's event loop.
        server = Servers.start(vertx, api);
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    private static String post(String path, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
            } catch (IOException refusedEarly) {
                // the server answered and closed before the body's end: the answer is still there to read
            }
            return RawSocket.readUntilQuiet(socket.getInputStream());
        }
    }

    private static byte[] bareNames(int bytes) {
        return "a&".repeat(bytes / 2).getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts 2 MiB of bare names and checks another request is served meanwhile; returns the answer. */
    private static String floodWhilePinging(String path) throws Exception {
        var flood = Responsiveness.inBackground(() -> post(path, bareNames(TWO_MIB)));
        Responsiveness.assertAnswered(server.port(), "/ping");
        return flood.get(30, TimeUnit.SECONDS);
    }

    @Test
    void too_many_bare_names_are_refused_while_the_loop_keeps_serving() throws Exception {
        String response = floodWhilePinging("/token");
        RawSocket.assertAnswer(response, 400, "{\"detail\":\"Too many fields. Maximum number of fields is 1000.\"}");
    }

    @Test
    void a_route_allowing_that_many_fields_parses_them_in_linear_time() throws Exception {
        String response = floodWhilePinging("/roomy");
        RawSocket.assertAnswer(response, 200, "{\"found\":false}");
    }
}
