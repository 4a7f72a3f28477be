package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static dev.flute.websocket.WebSockets.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.websocket.AsyncApi;
import dev.flute.websocket.Hub;
import dev.flute.websocket.Origins;
import dev.flute.websocket.SocketOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebSocketsTest {
    // README: websockets
    static final Dep<Hub> HUB = Hub.dep("chat"); // rooms over the event bus

    static final Endpoint<?> CHAT = ws("/ws/<client_id>")
            .param(path("client_id", long_())) // not a number: the handshake is refused, 403
            .depends(HUB)
            .handle((clientId, hub, socket) -> {
                socket.onText(text -> hub.broadcast("chat", "Client #" + clientId + " says: " + text));
                socket.onDisconnect(close -> hub.broadcast("chat", "Client #" + clientId + " left the chat"));
                return hub.join("chat", socket); // messages are read once it has joined
            });

    static final Endpoint<?> ECHO = ws("/echo")
            .options(SocketOptions.DEFAULT.origins(Origins.of("https://app.example.com")))
            .handle(socket -> socket.onText(text -> socket.sendText("Message text was: " + text)));

    static Api app() {
        return AsyncApi.with(api("Chat", "1.0").routes(CHAT, ECHO)); // /asyncapi.json beside /openapi.json
    }
    // README: end

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        await(vertx.close());
    }

    @Test
    void should_broadcast_to_the_room_and_refuse_a_bad_handshake() throws Exception {
        int port = await(FluteServer.start(vertx, app(), ServerConfig.port(0))).port();
        WebSocketClient client = vertx.createWebSocketClient();
        var two = Member.connect(client, port, "/ws/2");
        two.says("ready", "Client #2 says: ready"); // joined: its own message came back
        var one = Member.connect(client, port, "/ws/1");
        one.says("ready", "Client #1 says: ready");
        assertEquals("Client #1 says: ready", two.next());
        one.says("hi", "Client #1 says: hi");
        assertEquals("Client #1 says: hi", two.next());
        await(one.socket.close());
        assertEquals("Client #1 left the chat", two.next());

        var refused = assertInstanceOf(
                UpgradeRejectedException.class,
                client.connect(port, "127.0.0.1", "/ws/abc")
                        .toCompletionStage()
                        .handle((ws, e) -> e)
                        .toCompletableFuture()
                        .get(5, TimeUnit.SECONDS));
        assertEquals(403, refused.getStatus());

        var echo = new Member(await(client.connect(new WebSocketConnectOptions()
                .setPort(port)
                .setHost("127.0.0.1")
                .setURI("/echo")
                .addHeader("Origin", "https://app.example.com"))));
        echo.says("hello", "Message text was: hello");
    }

    /** A connected client and what it received. */
    record Member(WebSocket socket, BlockingQueue<String> received) {
        Member(WebSocket socket) {
            this(socket, new LinkedBlockingQueue<>());
            socket.textMessageHandler(received::add);
        }

        static Member connect(WebSocketClient client, int port, String uri) {
            return await(client.connect(port, "127.0.0.1", uri).map(Member::new));
        }

        void says(String text, String expected) throws InterruptedException {
            await(socket.writeTextMessage(text));
            assertEquals(expected, next());
        }

        String next() throws InterruptedException {
            return received.poll(5, TimeUnit.SECONDS);
        }
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
