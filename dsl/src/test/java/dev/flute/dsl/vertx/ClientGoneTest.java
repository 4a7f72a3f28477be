package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens on a real server when the client does not wait for the answer, and what it gets. */
class ClientGoneTest {
    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        vertx.close();
    }

    private FluteServer serve(Api api, ServerConfig config) throws Exception {
        return FluteServer.start(vertx, api, config)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_client_that_leaves_mid_request_still_gets_every_resource_released() throws Exception {
        var log = new CopyOnWriteArrayList<String>();
        var released = new CountDownLatch(2);
        Dep<String> outer = resource(() -> "outer", (v, outcome) -> {
            log.add("release outer");
            released.countDown();
        });
        Dep<String> inner = resource(outer, o -> "inner", (v, outcome) -> {
            log.add("release inner");
            released.countDown();
        });
        var arrived = new CountDownLatch(1);
        var slow = route(GET, "/slow").depends(inner).handle(v -> {
            arrived.countDown();
            Promise<Map<String, String>> later = Promise.promise();
            vertx.setTimer(300, id -> later.complete(Map.of("late", v)));
            return later.future();
        });
        FluteServer server =
                serve(api("gone", "1").routes(slow), ServerConfig.port(0).host("127.0.0.1"));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(arrived.await(10, TimeUnit.SECONDS), "the handler started");
        } // the client is gone before the answer
        assertTrue(released.await(10, TimeUnit.SECONDS), "every resource released: " + log);
        assertEquals(List.of("release inner", "release outer"), log);
    }

    @Test
    void responses_are_compressed_when_the_server_is_asked_to_and_the_client_accepts() throws Exception {
        var big = route(GET, "/big").handle(() -> Map.of("text", "flute ".repeat(2000)));
        FluteServer server = serve(
                api("gzip", "1").routes(big),
                ServerConfig.port(0).host("127.0.0.1").compression(true));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET /big HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String head = readHead(socket.getInputStream());
            assertTrue(head.toLowerCase().contains("content-encoding: gzip"), head);
        }
    }

    private static String readHead(InputStream in) throws java.io.IOException {
        var out = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            out.append((char) c);
            if (out.length() >= 4 && out.substring(out.length() - 4).equals("\r\n\r\n")) break;
        }
        return out.toString();
    }
}
