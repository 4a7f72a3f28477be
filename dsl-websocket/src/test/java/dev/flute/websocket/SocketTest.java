package dev.flute.websocket;

import static dev.flute.dsl.Flute.api;
import static dev.flute.dsl.Flute.double_;
import static dev.flute.dsl.Flute.model;
import static dev.flute.websocket.WebSockets.ws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.Json;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.vertx.FluteServer;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The socket over a real server and Vert.x's websocket client: receiving, sending, limits, endings. */
class SocketTest {
    record Item(String name, double price) {}

    static final ModelType<Item> ITEM =
            model(Item.class).field("price", double_().gt(0));

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

    private static int serve(Endpoint... endpoints) {
        FluteServer server = Servers.start(vertx, api("t", "1").routes(endpoints));
        return server.port();
    }

    @Test
    void should_handle_messages_one_at_a_time_in_order_when_receivers_return_futures() {
        var active = new AtomicInteger();
        var most = new AtomicInteger();
        int port = serve(ws("/ws")
                .handle(socket -> socket.onText(text -> {
                    most.accumulateAndGet(active.incrementAndGet(), Math::max);
                    Promise<Void> done = Promise.promise();
                    // A slow step: the next message must wait for it.
                    vertx.setTimer(20, id -> {
                        active.decrementAndGet();
                        socket.sendText("Message text was: " + text).onComplete(done);
                    });
                    return done.future();
                })));
        try (var c = WsClient.connect(client, port, "/ws")) {
            for (int i = 0; i < 5; i++) c.socket.writeTextMessage("m" + i);
            for (int i = 0; i < 5; i++) assertEquals("Message text was: m" + i, c.next());
        }
        assertEquals(1, most.get());
    }

    @Test
    void should_deliver_no_message_before_the_handlers_future_completes() {
        var events = new CopyOnWriteArrayList<String>();
        int port = serve(ws("/ws").handle(socket -> {
            socket.onText(text -> events.add("message " + text));
            Promise<Void> ready = Promise.promise();
            vertx.setTimer(200, id -> {
                events.add("ready");
                ready.complete();
            });
            return ready.future();
        }));
        try (var c = WsClient.connect(client, port, "/ws")) {
            c.send("early");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (events.size() < 2 && System.nanoTime() < deadline) Thread.onSpinWait();
        }
        assertEquals(List.of("ready", "message early"), events);
    }

    @Test
    void should_decode_json_messages_and_report_invalid_ones_to_the_handler() {
        int port = serve(ws("/items")
                .handle(socket -> socket.onJson(
                        ITEM,
                        item -> socket.sendJson(Map.of("got", item.name(), "price", item.price())),
                        invalid -> socket.sendJson(invalid.detail()))));
        try (var c = WsClient.connect(client, port, "/items")) {
            c.send("{\"name\":\"pen\",\"price\":\"2.5\"}");
            assertEquals(Map.of("got", "pen", "price", 2.5), parse(c.next()));
            c.send("{\"name\":\"pen\",\"price\":-1}");
            assertEquals(
                    "{\"detail\":[{\"type\":\"greater_than\",\"loc\":[\"message\",\"price\"],"
                            + "\"msg\":\"Input should be greater than 0\",\"input\":-1,\"ctx\":{\"gt\":0.0}}]}",
                    c.next());
            c.send("{\"name\":");
            assertTrue(c.next().contains("\"type\":\"json_invalid\""));
            c.send("{\"name\":\"still open\",\"price\":1}");
            assertEquals("still open", parse(c.next()).get("got"));
        }
    }

    @Test
    void should_close_with_1007_for_an_invalid_json_message_without_an_invalid_receiver() {
        var ended = new CompletableFuture<Disconnect>();
        int port = serve(
                ws("/items").handle(socket -> socket.onJson(ITEM, item -> null).onDisconnect(ended::complete)));
        try (var c = WsClient.connect(client, port, "/items")) {
            c.send("{\"name\":\"pen\"}");
            assertEquals(CloseCodes.INVALID_PAYLOAD, c.awaitClose());
            assertEquals("message.price: Field required", c.closeReason);
        }
        assertEquals(new Disconnect(1007, "message.price: Field required"), join(ended));
    }

    @Test
    void should_close_with_1009_when_a_message_exceeds_the_limit() {
        var received = new AtomicInteger();
        int port = serve(ws("/ws")
                .options(SocketOptions.DEFAULT.maxMessageBytes(1000))
                .handle(socket -> socket.onText(text -> received.incrementAndGet())));
        try (var c = WsClient.connect(client, port, "/ws")) {
            c.send("x".repeat(1000));
            c.send("x".repeat(1001));
            assertEquals(CloseCodes.MESSAGE_TOO_BIG, c.awaitClose());
            assertEquals("message too big (limit 1000 bytes)", c.closeReason);
        }
        assertEquals(1, received.get());
    }

    @Test
    void should_take_a_100_KB_message_sent_as_one_frame_by_default() {
        // A browser sends a message as one frame; uvicorn takes up to 16 MiB.
        var oneFrame = vertx.createWebSocketClient(
                new WebSocketClientOptions().setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 20));
        int port = serve(ws("/ws").handle(socket -> socket.onText(text -> socket.sendText("got " + text.length()))));
        try (var c = WsClient.connect(oneFrame, port, "/ws")) {
            assertEquals("got 100000", c.send("x".repeat(100_000)).next());
        }
    }

    @Test
    void should_close_with_1003_for_a_kind_of_message_nobody_receives() {
        int port = serve(ws("/ws").handle(socket -> socket.onText(text -> null)));
        try (var c = WsClient.connect(client, port, "/ws")) {
            c.socket.writeBinaryMessage(Buffer.buffer(new byte[] {1, 2}));
            assertEquals(CloseCodes.UNSUPPORTED_DATA, c.awaitClose());
            assertEquals("binary messages are not accepted", c.closeReason);
        }
    }

    @Test
    void should_close_with_1011_and_report_it_when_a_receiver_throws() {
        var ended = new CompletableFuture<Disconnect>();
        int port = serve(ws("/ws").handle(socket -> socket.onText(text -> {
                    throw new IllegalStateException("boom (expected by the test)");
                })
                .onDisconnect(ended::complete)));
        try (var c = WsClient.connect(client, port, "/ws")) {
            c.send("hi");
            assertEquals(CloseCodes.INTERNAL_ERROR, c.awaitClose());
        }
        assertEquals(1011, join(ended).code());
    }

    @Test
    void should_report_the_clients_close_code_and_reason_after_its_last_message() {
        var events = new CopyOnWriteArrayList<Object>();
        var ended = new CompletableFuture<Void>();
        int port = serve(ws("/ws").handle(socket -> socket.onText(text -> {
                    events.add(text);
                    Promise<Void> slow = Promise.promise();
                    vertx.setTimer(100, id -> slow.complete());
                    return slow.future(); // the close arrives while this message is still being handled
                })
                .onDisconnect(d -> {
                    events.add(d);
                    return ended.complete(null);
                })));
        var c = WsClient.connect(client, port, "/ws");
        c.socket.writeTextMessage("one");
        c.socket.writeTextMessage("two");
        c.socket.close((short) 4000, "bye");
        join(ended);
        assertEquals(List.of("one", "two", new Disconnect(4000, "bye")), events);
    }

    @Test
    void should_report_1006_when_the_connection_drops_without_a_close_frame() {
        var ended = new CompletableFuture<Disconnect>();
        int port = serve(ws("/ws").handle(socket -> socket.onDisconnect(ended::complete)));
        try (var raw = RawClient.connect(vertx, port, "/ws")) {
            raw.drop();
        }
        assertEquals(new Disconnect(CloseCodes.ABNORMAL_CLOSURE, ""), join(ended));
    }

    @Test
    void should_close_a_socket_whose_peer_answers_no_ping_with_1001() {
        var ended = new CompletableFuture<Disconnect>();
        var options = SocketOptions.DEFAULT.pingInterval(Duration.ofMillis(100)).idleTimeout(Duration.ofMillis(400));
        int port = serve(ws("/ws").options(options).handle(socket -> socket.onDisconnect(ended::complete)));
        try (var raw = RawClient.connect(vertx, port, "/ws")) {
            assertEquals(CloseCodes.GOING_AWAY, raw.awaitCloseFrame(5));
        }
        assertEquals(new Disconnect(CloseCodes.GOING_AWAY, "idle timeout"), join(ended));
    }

    @Test
    void should_keep_a_quiet_socket_open_while_its_client_answers_pings() throws Exception {
        // Several idle periods pass while the client only answers pings; each period is long enough
        // that a loaded machine's scheduling delays do not look like silence.
        var options = SocketOptions.DEFAULT.pingInterval(Duration.ofMillis(100)).idleTimeout(Duration.ofMillis(1000));
        int port = serve(ws("/ws").options(options).handle(socket -> socket.onText(socket::sendText)));
        try (var c = WsClient.connect(client, port, "/ws")) {
            Thread.sleep(3000);
            assertTrue(!c.closeCode.isDone(), "closed although the client answered every ping");
            assertEquals("still here", c.send("still here").next());
        }
    }

    @Test
    void should_report_a_full_send_queue_and_complete_drained_once_the_client_reads() {
        var sentBeforeFull = new CompletableFuture<Integer>();
        var chunk = Buffer.buffer(new byte[32 * 1024]);
        int port = serve(ws("/flood")
                .options(SocketOptions.DEFAULT.sendQueueBytes(64 * 1024))
                .handle(socket -> {
                    int sent = 0;
                    while (!socket.writeQueueFull() && sent < 10_000) {
                        socket.sendBytes(chunk);
                        sent++;
                    }
                    sentBeforeFull.complete(sent);
                    return socket.drained().compose(v -> socket.sendText("drained"));
                }));
        try (var c = WsClient.connect(client, port, "/flood")) {
            int sent = join(sentBeforeFull);
            assertTrue(sent < 10_000, "the queue never reported full");
            assertEquals("drained", c.next());
            assertTrue(c.binaries.size() >= sent - 1, "received " + c.binaries.size() + " of " + sent);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return Json.reader().readValue(json, Map.class);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("not completed within 5 s", e);
        }
    }
}
