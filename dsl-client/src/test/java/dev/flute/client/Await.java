package dev.flute.client;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Future;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Waits on the test thread (never an event loop) for what the client gives; the timeout only guards against a hang. */
final class Await {
    private Await() {}

    static <T> T result(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the call failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError("the call did not complete", e);
        }
    }

    static <E extends Throwable> E failure(Future<?> future, Class<E> type) {
        try {
            Object value = future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return fail("expected a " + type.getSimpleName() + ", got the value " + value);
        } catch (ExecutionException e) {
            return assertInstanceOf(type, e.getCause());
        } catch (Exception e) {
            throw new AssertionError("the call did not complete", e);
        }
    }

    /** Every item of a stream, and the errors it reported, once it ended. */
    record Collected<T>(List<T> items, List<Throwable> errors) {}

    static <T> Collected<T> all(ReadStream<T> stream) {
        var items = new ArrayList<T>();
        var errors = new ArrayList<Throwable>();
        var done = new CompletableFuture<Collected<T>>();
        stream.exceptionHandler(errors::add)
                .endHandler(v -> done.complete(new Collected<>(items, errors)))
                .handler(items::add);
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the stream did not end", e);
        }
    }
}
