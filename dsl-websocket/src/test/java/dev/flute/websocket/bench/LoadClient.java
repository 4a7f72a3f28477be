package dev.flute.websocket.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load generator of bench/websocket-load.sh (not a test), in a process of its own so that each
 * side has its own file-descriptor limit: opens N sockets to a {@link LoadServer}, reads its
 * memory with all of them open, then measures the broadcast fan-out, first the latency of one
 * broadcast to every socket, then the rate of B broadcasts sent back to back.
 *
 * <p>{@code LoadClient PORT CONNECTIONS BROADCASTS MESSAGE_BYTES}
 */
public final class LoadClient {
    private LoadClient() {}

    private static final int IN_FLIGHT = 200;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int connections = Integer.parseInt(args[1]);
        int broadcasts = Integer.parseInt(args[2]);
        int messageBytes = Integer.parseInt(args[3]);
        Vertx vertx = Vertx.vertx();
        WebSocketClient client = vertx.createWebSocketClient(
                new WebSocketClientOptions().setMaxConnections(connections + 10).setConnectTimeout(60_000));
        var joined = new AtomicInteger();
        var received = new LongAdder();
        var sockets = new ArrayList<WebSocket>(connections);

        long start = System.nanoTime();
        connectAll(client, port, connections, sockets, joined, received)
                .toCompletionStage()
                .toCompletableFuture()
                .get(300, TimeUnit.SECONDS);
        while (joined.get() < connections) Thread.sleep(5);
        double connectSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "connections: %d open and joined in %.1f s (%.0f/s)%n",
                connections, connectSeconds, connections / connectSeconds);

        var http = WebClient.create(vertx);
        String stats = http.get(port, "127.0.0.1", "/stats")
                .send()
                .toCompletionStage()
                .toCompletableFuture()
                .get(60, TimeUnit.SECONDS)
                .bodyAsString();
        System.out.println("server with all sockets open (after GC): " + stats);

        WebSocket sender = sockets.get(0);
        String body = "x".repeat(Math.max(0, messageBytes - 8));
        long expected = 0;
        // Warm-up: the JIT compiles the delivery path before anything is timed.
        for (int i = 0; i < 20; i++) {
            sender.writeTextMessage("w" + body);
            expected += connections;
            awaitCount(received, expected);
        }
        double[] single = new double[5];
        for (int i = 0; i < single.length; i++) {
            long t0 = System.nanoTime();
            sender.writeTextMessage("s" + body);
            expected += connections;
            awaitCount(received, expected);
            single[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(single);
        System.out.printf("one broadcast to %d sockets (median of 5): %.1f ms%n", connections, single[2]);

        expected += (long) connections * broadcasts;
        long t1 = System.nanoTime();
        for (int i = 0; i < broadcasts; i++) sender.writeTextMessage(String.format("b%07d", i + 1) + body);
        awaitCount(received, expected);
        double seconds = (System.nanoTime() - t1) / 1e9;
        long deliveries = (long) connections * broadcasts;
        System.out.printf(
                "%d broadcasts of %d bytes to %d sockets: %d deliveries in %.2f s = %.0f messages/s%n",
                broadcasts, messageBytes, connections, deliveries, seconds, deliveries / seconds);
        System.exit(0);
    }

    /**
     * Opens the sockets with at most IN_FLIGHT handshakes pending, so the accept queue never
     * overflows. Connecting from this (non Vert.x) thread spreads the sockets over every event loop.
     */
    private static Future<Void> connectAll(
            WebSocketClient client,
            int port,
            int total,
            List<WebSocket> sockets,
            AtomicInteger joined,
            LongAdder received)
            throws InterruptedException {
        Promise<Void> done = Promise.promise();
        var permits = new Semaphore(IN_FLIGHT);
        var finished = new AtomicInteger();
        for (int i = 0; i < total; i++) {
            permits.acquire();
            client.connect(port, "127.0.0.1", "/bench").onComplete(ar -> {
                permits.release();
                if (ar.failed()) {
                    done.tryFail(ar.cause());
                    return;
                }
                WebSocket ws = ar.result();
                ws.textMessageHandler(text -> {
                    if (text.equals("joined")) joined.incrementAndGet();
                    else received.increment();
                });
                synchronized (sockets) {
                    sockets.add(ws);
                }
                if (finished.incrementAndGet() == total) done.tryComplete();
            });
        }
        return done.future();
    }

    private static void awaitCount(LongAdder counter, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (counter.sum() < expected) {
            if (System.nanoTime() > deadline) throw new IllegalStateException(counter.sum() + " of " + expected);
            Thread.sleep(1);
        }
    }
}
