package dev.flute.websocket;

import static dev.flute.dsl.Flute.api;
import static dev.flute.websocket.WebSockets.ws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-site websocket hijacking: a foreign page opening a socket with the user's cookies. By
 * default a handshake carrying cookies must come from the server's own origin.
 */
class OriginsTest {
    static final String EVIL = "https://evil.example";
    static Vertx vertx;
    static WebSocketClient client;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        client = WsClient.client(vertx);
    }

    @AfterAll
    static void stop() {
        Await.result(vertx.close());
    }

    /** The handshake's answer: 101 when the socket opened, else the refusal's status. */
    private static int handshake(int port, String origin, boolean cookie) {
        var options =
                new WebSocketConnectOptions().setPort(port).setHost("127.0.0.1").setURI("/ws");
        if (origin == null) options.setAllowOriginHeader(false);
        else options.addHeader("origin", origin);
        if (cookie) options.addHeader("cookie", "session=abc");
        var attempt = client.connect(options);
        try {
            Await.result(attempt).close();
            return 101;
        } catch (AssertionError refused) {
            return assertInstanceOf(UpgradeRejectedException.class, Await.failure(attempt))
                    .getStatus();
        }
    }

    private static int serve(Api api) {
        return Servers.start(vertx, api).port();
    }

    private static String self(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void by_default_a_handshake_with_cookies_must_come_from_the_servers_own_origin() {
        int port = serve(api("t", "1").routes(ws("/ws").handle(socket -> null)));
        assertEquals(403, handshake(port, EVIL, true));
        assertEquals(403, handshake(port, "null", true));
        assertEquals(101, handshake(port, self(port), true));
        assertEquals(101, handshake(port, EVIL, false), "no cookies: nothing to hijack");
        assertEquals(101, handshake(port, null, true), "no Origin: not a browser");
    }

    @Test
    void a_route_lists_the_origins_it_accepts() {
        var origins = Origins.of("https://app.example.com");
        int port = serve(api("t", "1")
                .routes(ws("/ws")
                        .options(SocketOptions.DEFAULT.origins(origins))
                        .handle(socket -> null)));
        assertEquals(101, handshake(port, "https://APP.example.com:443", true));
        assertEquals(101, handshake(port, self(port), false));
        assertEquals(403, handshake(port, EVIL, false), "listed origins apply with or without cookies");
    }

    @Test
    void an_api_sets_the_origins_of_every_route_without_its_own() {
        Api api = api("t", "1").routes(ws("/ws").handle(socket -> null));
        int port = serve(WebSockets.allowedOrigins(api, Origins.sameOrigin()));
        assertEquals(403, handshake(port, EVIL, false));
        assertEquals(101, handshake(port, self(port), false));
        int open = serve(WebSockets.allowedOrigins(api, Origins.any()));
        assertEquals(101, handshake(open, EVIL, true));
    }

    @Test
    void should_compare_hosts_and_ports_without_default_ports() {
        Origins same = Origins.sameOrigin();
        assertTrue(same.allows("https://example.com", "example.com", true));
        assertTrue(same.allows("https://Example.com:443", "example.com:443", true));
        assertTrue(same.allows("http://localhost:8000", "localhost:8000", true));
        assertFalse(same.allows("http://localhost:8001", "localhost:8000", true));
        assertFalse(same.allows("https://example.com.evil", "example.com", true));
        assertFalse(same.allows("not an origin", "example.com", true));
        assertThrows(IllegalArgumentException.class, () -> Origins.of("app.example.com"));
        assertThrows(IllegalArgumentException.class, () -> Origins.of("https://app.example.com/path"));
    }
}
