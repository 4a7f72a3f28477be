package dev.flute.dsl.vertx;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Gauges;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FluteServer#close()} under load: it stops accepting, finishes every request it accepted
 * (background tasks and releases included) and loses none. A load generator counts what it sent
 * against what it got back; the server counts what it received. A connection refused, or closed
 * unread, once the close has started is no loss: the server never took that request. An accepted
 * request without an answer would be.
 */
class GracefulShutdownTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void stop() {
        vertx.close();
    }

    @Test
    void close_under_load_answers_every_accepted_request_and_runs_its_tasks_and_releases() throws Exception {
        var received = new AtomicInteger();
        var acquired = new AtomicInteger();
        var released = new AtomicInteger();
        var tasksRun = new AtomicInteger();
        Dep<String> session = resource(
                () -> {
                    acquired.incrementAndGet();
                    return "session";
                },
                (value, outcome) -> released.incrementAndGet());
        var work = route(GET, "/work").depends(session).param(backgroundTasks()).handleAsync((s, tasks) -> {
            tasks.add(() -> after(30).onSuccess(v -> tasksRun.incrementAndGet()));
            return after(20).map(v -> Map.of("ok", true));
        });
        var api = api("t", "1")
                .middleware((request, next) -> {
                    received.incrementAndGet();
                    return next.handle(request);
                })
                .routes(work);
        FluteServer server = FluteServer.start(vertx, api, ServerConfig.port(0).host("127.0.0.1"))
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        var closing = new AtomicBoolean();
        var stop = new AtomicBoolean();
        var sent = new AtomicInteger();
        var answered = new AtomicInteger();
        var refused = new AtomicInteger();
        var unansweredBeforeClose = new AtomicInteger();
        var unansweredAfterClose = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            workers.add(load.submit(() -> {
                while (!stop.get()) {
                    boolean duringClose = closing.get();
                    try (Socket socket = new Socket("127.0.0.1", server.port())) {
                        socket.setSoTimeout(30_000);
                        socket.getOutputStream()
                                .write("GET /work HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                        .getBytes(StandardCharsets.US_ASCII));
                        sent.incrementAndGet();
                        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        if (answer.startsWith("HTTP/1.1 200 ") && answer.endsWith("{\"ok\":true}"))
                            answered.incrementAndGet();
                        else if (duringClose || closing.get()) unansweredAfterClose.incrementAndGet();
                        else unansweredBeforeClose.incrementAndGet();
                    } catch (ConnectException refusedAfterClose) {
                        refused.incrementAndGet();
                        if (!closing.get()) unansweredBeforeClose.incrementAndGet();
                    } catch (IOException reset) {
                        if (closing.get()) unansweredAfterClose.incrementAndGet();
                        else unansweredBeforeClose.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(1500); // under load
        closing.set(true);
        server.close().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        // Once close() completes, every accepted request is answered and finished.
        int tasksAtClose = tasksRun.get();
        int releasedAtClose = released.get();
        Gauges atClose = server.gauges();
        Thread.sleep(300); // the generator meets the closed port for a while
        stop.set(true);
        for (var w : workers) w.get(30, TimeUnit.SECONDS);
        load.shutdown();

        assertTrue(received.get() > 100, "the load was real: " + received.get() + " requests");
        assertEquals(0, unansweredBeforeClose.get(), "nothing failed before the close started");
        assertEquals(received.get(), answered.get(), "every request the server received was answered");
        assertEquals(received.get(), tasksAtClose, "every background task ran before close() completed");
        assertEquals(received.get(), acquired.get());
        assertEquals(acquired.get(), releasedAtClose, "every resource was released before close() completed");
        assertEquals(Gauges.IDLE, atClose);
        assertTrue(refused.get() > 0, "new connections were refused once closed");
        assertEquals(sent.get() + refused.get(), answered.get() + unansweredAfterClose.get() + refused.get());
    }

    private Future<Void> after(long millis) {
        Promise<Void> done = Promise.promise();
        vertx.setTimer(millis, id -> done.complete());
        return done.future();
    }
}
