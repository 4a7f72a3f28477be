package dev.flute.dsl.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Checks that a server stays responsive while a hostile request is being handled: another request
 * on the same event loop must be answered within a generous bound, never after the hostile one.
 */
final class Responsiveness {
    private Responsiveness() {}

    /** The bound a plain request must meet while the server is busy with another: generous, not a benchmark. */
    static final Duration BOUND = Duration.ofSeconds(2);

    /** Runs {@code hostile} in the background and returns it, once it has had a moment to reach the server. */
    static <T> CompletableFuture<T> inBackground(Callable<T> hostile) throws InterruptedException {
        var running = CompletableFuture.supplyAsync(() -> {
            try {
                return hostile.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        return running;
    }

    /** {@code GET path} on a fresh connection is answered 200 within {@link #BOUND}. */
    static void assertAnswered(int port, String path) throws Exception {
        long start = System.nanoTime();
        String response = RawSocket.exchange(
                port, "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", (int) BOUND.toMillis());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, RawSocket.status(response), "no answer within " + BOUND + ": " + response);
        assertTrue(millis <= BOUND.toMillis(), "answered only after " + millis + " ms");
    }
}
