package dev.flute.websocket;

import io.vertx.core.Future;
import java.util.concurrent.TimeUnit;

/** Blocking waits for tests: a Vert.x future's value, or its failure as the thrown cause. */
final class Await {
    private Await() {}

    static <T> T result(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("the future failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError("the future did not complete: " + e, e);
        }
    }

    static Throwable failure(Future<?> future) {
        try {
            future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not complete: " + e, e);
        }
        throw new AssertionError("the future succeeded; a failure was expected");
    }
}
