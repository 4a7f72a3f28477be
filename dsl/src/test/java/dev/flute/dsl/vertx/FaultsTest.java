package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Gauges;
import dev.flute.dsl.http.Streams;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults on a real server, each proven harmless by the counts it leaves: a client gone mid-body,
 * mid-response, mid-stream, mid-SSE and mid-upload; a release, a background task, a middleware and
 * an exception handler that fail; a slow reader. Afterwards nothing is held ({@link Gauges#IDLE})
 * and every resource acquired was released.
 */
class FaultsTest {
    private static final int CHUNK = 64 * 1024;

    private Vertx vertx;
    private FluteServer server;
    private final AtomicInteger acquired = new AtomicInteger();
    private final AtomicInteger released = new AtomicInteger();
    /** A counted resource: acquisitions and releases must match once the server is idle. */
    private final Dep<String> session = resource(
            () -> {
                acquired.incrementAndGet();
                return "session";
            },
            (value, outcome) -> released.incrementAndGet());

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null)
            server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void a_client_gone_mid_body_leaves_nothing_held() throws Exception {
        serve(api("t", "1")
                .routes(route(POST, "/items")
                        .depends(session)
                        .param(body("name", str()))
                        .handle((s, name) -> Map.of("name", name))));
        try (Socket socket = connect()) {
            write(
                    socket,
                    "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100000\r\n\r\n{\"name\":\"" + "x".repeat(1000));
        } // gone with 99 KB still to come
        awaitIdle();
        assertEquals(0, acquired.get(), "no dependency runs before the body is in");
    }

    @Test
    void a_client_gone_mid_response_leaves_nothing_held() throws Exception {
        byte[] big = new byte[32 << 20];
        serve(api("t", "1")
                .routes(route(GET, "/big")
                        .depends(session)
                        .returns(binary("application/octet-stream"))
                        .handle(s -> big)));
        try (Socket socket = connect()) {
            write(socket, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
            readSome(socket.getInputStream(), CHUNK);
        } // gone after 64 KB of 32 MB
        awaitIdle();
        assertEquals(1, acquired.get());
        assertEquals(1, released.get());
    }

    @Test
    void a_client_gone_mid_stream_stops_the_stream_and_leaves_nothing_held() throws Exception {
        var produced = new AtomicLong();
        serve(api("t", "1")
                .routes(route(GET, "/stream")
                        .depends(session)
                        .returns(stream("text/plain"))
                        .handle(s -> Streams.of(endless(produced)))));
        try (Socket socket = connect()) {
            write(socket, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
            readSome(socket.getInputStream(), 4 * CHUNK);
        }
        awaitIdle();
        assertStopped(produced);
        assertEquals(1, released.get());
    }

    @Test
    void a_client_gone_mid_sse_stops_the_events_and_leaves_nothing_held() throws Exception {
        var produced = new AtomicLong();
        Iterable<String> events = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                return "tick " + produced.incrementAndGet();
            }
        };
        serve(api("t", "1")
                .routes(route(GET, "/events")
                        .depends(session)
                        .returns(sse(str()))
                        .handle(s -> Streams.of(events))));
        try (Socket socket = connect()) {
            write(socket, "GET /events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n");
            String head = new String(readSome(socket.getInputStream(), 4 * CHUNK), StandardCharsets.UTF_8);
            assertTrue(head.contains("data: \"tick 1\""), head.substring(0, Math.min(300, head.length())));
        }
        awaitIdle();
        assertStopped(produced);
        assertEquals(1, released.get());
    }

    @Test
    void a_client_gone_from_an_idle_event_stream_is_noticed_and_leaves_nothing_held() throws Exception {
        // Nothing is ever published: the server learns the client left from the connection alone.
        serve(api("t", "1")
                .routes(route(GET, "/quiet")
                        .depends(session)
                        .returns(sse(str()))
                        .handle(s -> vertx.eventBus()
                                .<String>consumer("nobody-publishes")
                                .bodyStream())));
        for (int i = 0; i < 3; i++) {
            try (Socket socket = connect()) {
                write(socket, "GET /quiet HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n");
                String head = new String(readSome(socket.getInputStream(), 20), StandardCharsets.US_ASCII);
                assertTrue(head.startsWith("HTTP/1.1 200"), head);
            }
        }
        awaitIdle();
        assertEquals(3, released.get());
    }

    @Test
    void a_client_gone_mid_upload_leaves_no_file_behind() throws Exception {
        serve(api("t", "1")
                .routes(route(POST, "/upload")
                        .depends(session)
                        .param(upload("file"))
                        .handle((s, file) -> Map.of("size", file.size()))));
        String boundary = "fault-boundary";
        try (Socket socket = connect()) {
            write(
                    socket,
                    "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + "\r\nContent-Length: 5000000\r\n\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n");
            for (int i = 0; i < 16; i++) write(socket, "y".repeat(CHUNK));
            Thread.sleep(200); // the part is on disk by now
        } // gone with 4 MB still to come
        awaitIdle();
        assertEquals(0, acquired.get());
    }

    @Test
    void failing_releases_tasks_middleware_and_exception_handlers_leave_nothing_held() throws Exception {
        var log = new CopyOnWriteArrayList<String>();
        Dep<String> broken = resource(session, s -> "broken", (value, outcome) -> {
            throw new IllegalStateException("the release fails");
        });
        serve(api("t", "1")
                .middleware((request, next) -> {
                    if (request.path().equals("/middleware")) throw new IllegalStateException("the middleware fails");
                    return next.handle(request);
                })
                .exceptionHandler(UnsupportedOperationException.class, (request, error) -> {
                    throw new IllegalStateException("the exception handler fails");
                })
                .routes(
                        route(GET, "/release").depends(broken).handle(b -> Map.of("ok", true)),
                        route(GET, "/task")
                                .depends(session)
                                .param(backgroundTasks())
                                .handle((s, tasks) -> {
                                    tasks.add(() -> {
                                        throw new IllegalStateException("the task fails");
                                    });
                                    tasks.add(() -> log.add("the next task runs"));
                                    return Map.of("ok", true);
                                }),
                        route(GET, "/middleware").handle(() -> Map.of("ok", true)),
                        route(GET, "/handler").depends(session).handle(s -> {
                            throw new UnsupportedOperationException("the handler fails");
                        })));
        assertEquals(200, get("/release").statusCode());
        assertEquals(200, get("/task").statusCode());
        assertEquals(500, get("/middleware").statusCode());
        var handler = get("/handler");
        assertEquals(500, handler.statusCode());
        assertEquals("Internal Server Error", handler.body());
        awaitIdle();
        assertEquals(List.of("the next task runs"), log);
        assertEquals(3, acquired.get());
        assertEquals(3, released.get(), "the session under a failing release is released too");
    }

    /**
     * Back-pressure: a client reading slowly holds the producer back. What was produced and not yet
     * read stays within the write queue and the socket buffers, however long the body (the bench
     * script {@code bench/slow-reader.sh} reads 1 GiB at 1 MiB/s and samples the server's heap).
     */
    @Test
    void a_slow_reader_holds_the_producer_back() throws Exception {
        var produced = new AtomicLong();
        serve(api("t", "1")
                .routes(route(GET, "/stream")
                        .returns(stream("application/octet-stream"))
                        .handle(() -> Streams.of(endless(produced)))));
        long bound = 16L << 20;
        long worst = 0;
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(CHUNK);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
            write(socket, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[CHUNK];
            long read = 0;
            while (read < (48L << 20)) {
                int n = in.read(buffer);
                if (n < 0) break;
                read += n;
                worst = Math.max(worst, produced.get() - read);
                if (read % (1 << 20) < n) Thread.sleep(40); // about 20 MB/s
            }
            assertTrue(read >= 48L << 20, "read " + read);
        }
        assertTrue(worst < bound, "produced ahead of the reader by at most " + bound + " bytes, was " + worst);
        awaitIdle();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void serve(Api api) throws Exception {
        server = FluteServer.start(vertx, api, ServerConfig.port(0).host("127.0.0.1"))
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    private static byte[] readSome(InputStream in, int atLeast) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (out.size() < atLeast) {
            int n = in.read(buffer);
            if (n < 0) break;
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Chunks of 64 KB without end, counting the bytes handed out. */
    private static Iterable<Buffer> endless(AtomicLong produced) {
        Buffer chunk = Buffer.buffer(new byte[CHUNK]);
        return () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Buffer next() {
                produced.addAndGet(CHUNK);
                return chunk;
            }
        };
    }

    /** The server finishes a request just after the client leaves: wait for it, generously. */
    private void awaitIdle() throws InterruptedException {
        Gauges gauges = server.gauges();
        for (int i = 0; i < 400 && !gauges.equals(Gauges.IDLE); i++) {
            Thread.sleep(25);
            gauges = server.gauges();
        }
        assertEquals(Gauges.IDLE, gauges);
        assertEquals(acquired.get(), released.get(), "every resource acquired was released");
    }

    /** Nothing more is produced once the stream was stopped. */
    private static void assertStopped(AtomicLong produced) throws InterruptedException {
        long before = produced.get();
        Thread.sleep(200);
        assertEquals(before, produced.get(), "the stream stopped with the client");
    }
}
