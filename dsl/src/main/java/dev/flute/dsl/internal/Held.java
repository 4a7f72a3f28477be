package dev.flute.dsl.internal;

import dev.flute.dsl.AsyncRelease;
import dev.flute.dsl.Outcome;
import io.vertx.core.Future;
import java.util.concurrent.CompletionStage;

/** An acquired resource waiting for its release. */
record Held(AsyncRelease<Object> release, Object value, boolean functionScope, boolean blocking, String label) {

    /** Runs the release (off the event loop when it blocks); the future fails with what it threw. */
    Future<Object> release(Outcome outcome, Blocking offload) {
        if (blocking) return offload.run(() -> release.release(value, outcome)).compose(Held::settle);
        try {
            return settle(release.release(value, outcome));
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
    }

    private static Future<Object> settle(Object result) {
        if (result instanceof CompletionStage<?> stage)
            return Future.fromCompletionStage(stage).map(v -> (Object) v);
        if (result instanceof Future<?> future) return future.map(v -> (Object) v);
        return Future.succeededFuture(result);
    }
}
