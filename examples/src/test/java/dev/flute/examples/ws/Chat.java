package dev.flute.examples.ws;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.examples.Examples;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A websocket example on a real server, and Vert.x websocket clients whose messages a test reads in order. */
final class Chat {
    private Chat() {}

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static FluteServer serve(Vertx vertx, String example) {
        var api = Examples.named(example).orElseThrow().api().get();
        return await(FluteServer.start(vertx, api, ServerConfig.port(0).host("127.0.0.1")));
    }

    /** One connected client. */
    static final class Client implements AutoCloseable {
        final WebSocket socket;
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        private Client(WebSocket socket) {
            this.socket = socket;
            socket.textMessageHandler(received::add);
        }

        /**
         * Connects; the handler is set in the handshake's callback, on the event loop: a message the
         * server sends at once would be dropped before a handler set later by the test's thread.
         */
        static Client connect(WebSocketClient client, int port, String uri) {
            return await(client.connect(port, "127.0.0.1", uri).map(Client::new));
        }

        Client send(String text) {
            await(socket.writeTextMessage(text));
            return this;
        }

        String next() {
            try {
                String text = received.poll(5, TimeUnit.SECONDS);
                assertNotNull(text, "no message within 5 s");
                return text;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        String quietFor(long millis) throws InterruptedException {
            return received.poll(millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            if (!socket.isClosed()) await(socket.close());
        }
    }
}
