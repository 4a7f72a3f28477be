package dev.flute.examples.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketClient;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * websocket-echo and websocket-chat on real servers, driven by Vert.x's websocket client. The
 * transcripts are those of the FastAPI originals (run with ../shared/fastapi/run.sh and a Python
 * websockets client): same texts, same order, 403 for a client_id that is not an integer.
 */
class WebsocketExamplesTest {
    static Vertx vertx;
    static WebSocketClient client;
    static WebClient http;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        client = vertx.createWebSocketClient();
        http = WebClient.create(vertx);
    }

    @AfterAll
    static void stop() {
        Chat.await(vertx.close());
    }

    private static HttpResponse<Buffer> get(int port, String path) {
        return Chat.await(http.get(port, "127.0.0.1", path).send());
    }

    @Test
    void echo_serves_the_fastapi_page_and_echoes_every_text() {
        int port = Chat.serve(vertx, "websocket-echo").port();
        var page = get(port, "/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.getHeader("content-type"));
        assertEquals(Page.read("websocket-echo.html"), page.bodyAsString());
        try (var c = Chat.Client.connect(client, port, "/ws")) {
            assertEquals("Message text was: hello", c.send("hello").next());
            assertEquals("Message text was: 你好", c.send("你好").next());
        }
    }

    @Test
    void chat_answers_the_sender_broadcasts_to_all_and_announces_who_left() throws Exception {
        int port = Chat.serve(vertx, "websocket-chat").port();
        assertEquals(Page.read("websocket-chat.html"), get(port, "/").bodyAsString(StandardCharsets.UTF_8.name()));
        var one = Chat.Client.connect(client, port, "/ws/1");
        try (var two = Chat.Client.connect(client, port, "/ws/1764300000000")) {
            one.send("hi");
            assertEquals("You wrote: hi", one.next());
            assertEquals("Client #1 says: hi", one.next());
            assertEquals("Client #1 says: hi", two.next());
            one.close();
            assertEquals("Client #1 left the chat", two.next());
            two.send("bye");
            assertEquals("You wrote: bye", two.next());
            assertEquals("Client #1764300000000 says: bye", two.next());
            assertNull(two.quietFor(200));
        }
    }

    @Test
    void chat_refuses_a_client_id_that_is_not_an_integer_with_403_and_tells_nobody() throws Exception {
        int port = Chat.serve(vertx, "websocket-chat").port();
        try (var watcher = Chat.Client.connect(client, port, "/ws/7")) {
            var refused = assertInstanceOf(UpgradeRejectedException.class, failure(port, "/ws/abc"));
            assertEquals(403, refused.getStatus());
            assertEquals(404, get(port, "/ws/7").statusCode());
            assertNull(watcher.quietFor(200), "a refused client was announced");
        }
    }

    @Test
    void both_publish_their_asyncapi_document() {
        int port = Chat.serve(vertx, "websocket-chat").port();
        var doc = get(port, "/asyncapi.json").bodyAsJsonObject();
        assertEquals(
                "/ws/{client_id}",
                doc.getJsonObject("channels")
                        .getJsonObject("websocket_endpoint_ws__client_id__websocket")
                        .getString("address"));
    }

    private static Throwable failure(int port, String uri) {
        try {
            client.connect(port, "127.0.0.1", uri)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
            throw new AssertionError("the handshake was accepted");
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
