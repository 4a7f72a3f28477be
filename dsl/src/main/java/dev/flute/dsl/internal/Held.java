package dev.flute.dsl.internal;

import dev.flute.dsl.AsyncRelease;
import dev.flute.dsl.Outcome;
import io.vertx.core.Future;
import java.util.concurrent.CompletionStage;

/**
 * An acquired resource waiting for its release.
 *
 * @param onReleased runs once the release is over (however it ended), or null: the count of held
 *     resources ({@code Gauges.heldResources}) goes down there
 */
record Held(
        AsyncRelease<Object> release,
        Object value,
        boolean functionScope,
        boolean blocking,
        String label,
        Runnable onReleased) {

    /** A resource nobody counts (the request's uploaded files, counted as files). */
    Held(AsyncRelease<Object> release, Object value, boolean functionScope, boolean blocking, String label) {
        this(release, value, functionScope, blocking, label, null);
    }

    /** Runs the release (off the event loop when it blocks); the future fails with what it threw. */
    Future<Object> release(Outcome outcome, Blocking offload) {
        Future<Object> released = start(outcome, offload);
        if (onReleased == null) return released;
        // A release that is over at once (the common case) is counted down here, with no future added.
        if (released.isComplete()) {
            onReleased.run();
            return released;
        }
        return released.andThen(done -> onReleased.run());
    }

    private Future<Object> start(Outcome outcome, Blocking offload) {
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
