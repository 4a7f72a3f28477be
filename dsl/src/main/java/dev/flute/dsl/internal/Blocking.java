package dev.flute.dsl.internal;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * Runs blocking work off the event loop: on a virtual thread when the JVM has them (21+), else on
 * Vert.x's worker pool. The result comes back on the caller's context, so the rest of the request
 * stays on its event loop.
 */
final class Blocking {
    private static final ExecutorService VIRTUAL = virtualThreads();

    private final Vertx vertx;

    Blocking(Vertx vertx) {
        this.vertx = vertx;
    }

    Future<Object> run(Callable<Object> work) {
        Context context = vertx.getOrCreateContext();
        if (VIRTUAL == null) return context.executeBlocking(work, false);
        Promise<Object> promise = Promise.promise();
        VIRTUAL.execute(() -> {
            Object result;
            try {
                result = work.call();
            } catch (Throwable e) {
                context.runOnContext(v -> promise.fail(e));
                return;
            }
            context.runOnContext(v -> promise.complete(result));
        });
        return promise.future();
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor()} on Java 21+, looked up so Java 17 still compiles. */
    private static ExecutorService virtualThreads() {
        try {
            var factory = MethodHandles.publicLookup()
                    .findStatic(
                            java.util.concurrent.Executors.class,
                            "newVirtualThreadPerTaskExecutor",
                            MethodType.methodType(ExecutorService.class));
            return (ExecutorService) factory.invoke();
        } catch (Throwable unavailable) {
            return null;
        }
    }
}
