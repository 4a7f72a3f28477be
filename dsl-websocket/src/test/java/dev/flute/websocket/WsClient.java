package dev.flute.websocket;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real websocket client (Vert.x's) whose messages and close a test reads with blocking waits. */
final class WsClient implements AutoCloseable {
    final WebSocket socket;
    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<Buffer> binaries = new LinkedBlockingQueue<>();
    final CompletableFuture<Short> closeCode = new CompletableFuture<>();
    volatile String closeReason;

    private WsClient(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(texts::add);
        socket.binaryMessageHandler(binaries::add);
        socket.closeHandler(v -> {
            closeReason = socket.closeReason();
            closeCode.complete(socket.closeStatusCode());
        });
    }

    /**
     * Connects; the handlers are set in the handshake's callback, on the event loop, because a
     * message the server sends at once would be dropped before a handler set later by this thread.
     */
    static WsClient connect(WebSocketClient client, int port, String uri) {
        return Await.result(client.connect(port, "127.0.0.1", uri).map(WsClient::new));
    }

    /** The handshake's outcome: the failure when the server refused the upgrade. */
    static Future<WebSocket> attempt(WebSocketClient client, int port, String uri) {
        return client.connect(
                new WebSocketConnectOptions().setPort(port).setHost("127.0.0.1").setURI(uri));
    }

    static WebSocketClient client(Vertx vertx) {
        return vertx.createWebSocketClient();
    }

    WsClient send(String text) {
        Await.result(socket.writeTextMessage(text));
        return this;
    }

    String next() {
        try {
            String text = texts.poll(5, TimeUnit.SECONDS);
            assertNotNull(text, "no text message arrived within 5 s");
            return text;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Nothing more arrives within {@code millis}: null, or the unexpected message. */
    String quietFor(long millis) {
        try {
            return texts.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    short awaitClose() {
        try {
            return closeCode.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the socket did not close within 5 s", e);
        }
    }

    @Override
    public void close() {
        if (!socket.isClosed()) socket.close();
    }
}
