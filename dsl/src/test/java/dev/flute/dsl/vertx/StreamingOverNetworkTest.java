package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.http.Response;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only a real connection shows: back-pressure, a source failing half-way, a client leaving. */
class StreamingOverNetworkTest {
    static final int CHUNK = 64 * 1024;

    static Vertx vertx;
    static FluteServer server;
    static Path file;
    static final AtomicReference<Producer> last = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        file = Files.createTempFile("flute-range", ".txt");
        Files.writeString(file, "0123456789");
        Api api = api("streams", "1")
                .routes(
                        route(GET, "/endless")
                                .handle(() -> Response.stream(
                                        vertx -> producer(Long.MAX_VALUE, -1), "application/octet-stream")),
                        route(GET, "/broken")
                                .handle(() -> Response.stream(vertx -> producer(Long.MAX_VALUE, 2), "text/plain")),
                        route(GET, "/ticks").handle(() -> Response.sse(new Ticker())),
                        route(GET, "/silent")
                                .handle(() -> Response.sse(Vertx.currentContext()
                                        .owner()
                                        .eventBus()
                                        .consumer("nothing is ever sent here")
                                        .bodyStream())),
                        route(GET, "/file").param(request()).handle(r -> Response.file(file, r)));
        vertx = Vertx.vertx();
        server = Servers.start(vertx, api);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close();
        Files.deleteIfExists(file);
    }

    static Producer producer(long chunks, int failAfter) {
        var p = new Producer(Vertx.currentContext(), chunks, failAfter);
        last.set(p);
        return p;
    }

    @Test
    void a_slow_client_pauses_the_source_instead_of_filling_memory() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write("GET /endless HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            // The client reads nothing: the socket buffers fill, then the source must be paused.
            Thread.sleep(1500);
            Producer p = last.get();
            assertTrue(p.paused, "the source was never paused");
            long produced = p.produced * CHUNK;
            Thread.sleep(500);
            assertEquals(produced, p.produced * CHUNK, "the source kept producing while paused");
            assertTrue(produced < 64L * 1024 * 1024, "produced " + produced + " bytes for a client that reads nothing");
        }
        Producer p = last.get();
        waitFor(() -> p.handler == null, "the source is released when the client leaves");
    }

    @Test
    void a_source_failing_half_way_breaks_the_connection() throws Exception {
        String response = RawSocket.exchange(server.port(), "GET /broken HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
        assertEquals(200, RawSocket.status(response), response);
        assertTrue(response.contains("transfer-encoding: chunked"), response);
        assertFalse(response.endsWith("0\r\n\r\n"), "a broken body must not look complete");
    }

    @Test
    void an_event_stream_stops_its_source_when_the_client_leaves() throws Exception {
        Ticker.current = null;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(3000);
            socket.getOutputStream()
                    .write("GET /ticks HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[4096];
            var seen = new StringBuilder();
            while (!seen.toString().contains("data: 2")) {
                int n = socket.getInputStream().read(buffer);
                if (n < 0) break;
                seen.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
            }
            assertTrue(seen.toString().contains("content-type: text/event-stream; charset=utf-8"), seen.toString());
            assertTrue(seen.toString().contains("cache-control: no-cache"), seen.toString());
        }
        waitFor(() -> Ticker.current.stopped(), "the ticker is paused and released after the client left");
    }

    @Test
    void an_event_stream_answers_before_its_first_event() throws Exception {
        String response = RawSocket.exchange(server.port(), "GET /silent HTTP/1.1\r\nHost: x\r\n\r\n", 1000);
        assertEquals(200, RawSocket.status(response), response);
        assertTrue(response.contains("content-type: text/event-stream; charset=utf-8"), response);
        assertTrue(response.endsWith("\r\n\r\n"), "headers, and no event yet: " + response);
    }

    @Test
    void a_range_of_a_file_goes_out_with_its_length() throws Exception {
        String response = RawSocket.exchange(
                server.port(), "GET /file HTTP/1.1\r\nHost: x\r\nRange: bytes=3-5\r\nConnection: close\r\n\r\n", 3000);
        assertEquals(206, RawSocket.status(response), response);
        assertTrue(response.contains("content-length: 3"), response);
        assertTrue(response.contains("content-range: bytes 3-5/10"), response);
        assertTrue(response.endsWith("\r\n\r\n345"), response);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out: " + what);
            Thread.sleep(20);
        }
    }

    /** Chunks of zeros for as long as they are asked for; optionally fails after some. */
    static final class Producer implements ReadStream<Buffer> {
        final Context context;
        final long limit;
        final int failAfter;
        volatile Handler<Buffer> handler;
        Handler<Throwable> exceptionHandler;
        Handler<Void> endHandler;
        volatile boolean paused;
        volatile long produced;
        boolean scheduled;

        Producer(Context context, long limit, int failAfter) {
            this.context = context;
            this.limit = limit;
            this.failAfter = failAfter;
        }

        @Override
        public Producer handler(Handler<Buffer> handler) {
            this.handler = handler;
            schedule();
            return this;
        }

        @Override
        public Producer exceptionHandler(Handler<Throwable> handler) {
            this.exceptionHandler = handler;
            return this;
        }

        @Override
        public Producer endHandler(Handler<Void> endHandler) {
            this.endHandler = endHandler;
            return this;
        }

        @Override
        public Producer pause() {
            paused = true;
            return this;
        }

        @Override
        public Producer resume() {
            paused = false;
            schedule();
            return this;
        }

        @Override
        public Producer fetch(long amount) {
            return resume();
        }

        private void schedule() {
            if (scheduled) return;
            scheduled = true;
            context.runOnContext(v -> {
                scheduled = false;
                for (int i = 0; i < 16 && !paused && handler != null && produced < limit; i++) {
                    if (produced == failAfter) {
                        exceptionHandler.handle(new IllegalStateException("the source broke"));
                        return;
                    }
                    produced++;
                    handler.handle(Buffer.buffer(new byte[CHUNK]));
                }
                if (!paused && handler != null) schedule();
            });
        }
    }

    /** An endless event source: a number every 20 ms, until nobody listens. */
    static final class Ticker implements ReadStream<Object> {
        static volatile Ticker current;
        private final Vertx owner = Vertx.currentContext().owner();
        private volatile Handler<Object> handler;
        private volatile boolean paused;
        private long timer = -1;
        private int n;

        Ticker() {
            current = this;
        }

        boolean stopped() {
            return handler == null && paused;
        }

        @Override
        public Ticker handler(Handler<Object> handler) {
            this.handler = handler;
            if (handler != null && timer < 0) {
                timer = owner.setPeriodic(20, id -> {
                    Handler<Object> h = this.handler;
                    if (h == null) owner.cancelTimer(id);
                    else if (!paused) h.handle(n++);
                });
            }
            return this;
        }

        @Override
        public Ticker exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public Ticker endHandler(Handler<Void> endHandler) {
            return this;
        }

        @Override
        public Ticker pause() {
            paused = true;
            return this;
        }

        @Override
        public Ticker resume() {
            paused = false;
            return this;
        }

        @Override
        public Ticker fetch(long amount) {
            return resume();
        }
    }
}
