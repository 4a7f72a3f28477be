package dev.flute.websocket;

import static dev.flute.dsl.Flute.GET;
import static dev.flute.dsl.Flute.api;
import static dev.flute.dsl.Flute.route;
import static dev.flute.websocket.WebSockets.ws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClientOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A compressed frame once inflated without bound before any limit applied: 40 KB on the wire became
 * 40 MiB on the event loop, stalling it for seconds. Inflation stops at the server's message limit.
 */
class CompressedFramesTest {
    static Vertx vertx;
    static int port;
    /** A server whose frames may hold or inflate to 1 KiB at most. */
    static int smallPort;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        var api = api("t", "1")
                .routes(
                        route(GET, "/ping").handle(() -> Map.of("pong", true)),
                        ws("/echo")
                                .options(SocketOptions.DEFAULT.maxMessageBytes(64 << 20))
                                .handle(socket -> socket.onText(socket::sendText)));
        port = Servers.start(vertx, api).port();
        smallPort = Await.result(FluteServer.start(
                        vertx, api, ServerConfig.port(0).host("127.0.0.1").maxWebSocketMessageSize(1024)))
                .port();
    }

    @AfterAll
    static void stop() {
        Await.result(vertx.close());
    }

    /** Raw deflate of {@code bytes} zeros, flushed, without the 00 00 FF FF tail (RFC 7692 §7.2.1). */
    private static byte[] zerosDeflated(int bytes) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[bytes]);
        byte[] out = new byte[bytes / 500 + 1024];
        int n = deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
        deflater.end();
        return Arrays.copyOf(out, n - 4);
    }

    private static void assertPingAnsweredPromptly() throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping"))
                .timeout(Duration.ofSeconds(2))
                .build();
        assertEquals(
                200, http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"permessage-deflate", "x-webkit-deflate-frame"})
    void should_close_with_1009_a_small_frame_that_inflates_past_the_limit(String extension) throws Exception {
        try (var raw = RawClient.connect(vertx, port, "/echo", "Sec-WebSocket-Extensions: " + extension + "\r\n")) {
            assertTrue(raw.handshake().toLowerCase(Locale.ROOT).contains(extension), raw.handshake());
            byte[] bomb = zerosDeflated(40 << 20);
            assertTrue(bomb.length < 64 * 1024, "a small frame: " + bomb.length);
            raw.sendFrame(1, true, bomb);
            assertPingAnsweredPromptly();
            assertEquals(
                    new RawClient.Close(CloseCodes.MESSAGE_TOO_BIG, "message too big (it inflates past the limit)"),
                    raw.awaitClose(5));
        }
    }

    @Test
    void should_close_with_1009_a_frame_over_the_servers_limit_compressed_or_not() {
        try (var raw = RawClient.connect(vertx, smallPort, "/echo")) {
            raw.sendFrame(1, false, new byte[1025]);
            assertEquals(
                    new RawClient.Close(CloseCodes.MESSAGE_TOO_BIG, "Max frame length of 1024 has been exceeded."),
                    raw.awaitClose(5));
        }
        try (var raw =
                RawClient.connect(vertx, smallPort, "/echo", "Sec-WebSocket-Extensions: permessage-deflate\r\n")) {
            raw.sendFrame(1, true, zerosDeflated(1025));
            assertEquals(CloseCodes.MESSAGE_TOO_BIG, raw.awaitCloseFrame(5));
        }
    }

    @Test
    void should_still_speak_compressed_messages_within_the_limit() {
        var client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setTryUsePerMessageCompression(true)
                .setMaxMessageSize(4 << 20));
        String big = "compressible ".repeat(100_000);
        try (var c = WsClient.connect(client, port, "/echo")) {
            assertTrue(c.socket.headers().get("sec-websocket-extensions").contains("permessage-deflate"));
            assertEquals(big, c.send(big).next());
        }
    }
}
