package dev.flute.dsl.internal;

import dev.flute.dsl.http.HttpError;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs blocking work off the event loop: on a virtual thread when the JVM has them (21+), else on
 * Vert.x's worker pool. The result comes back on the caller's context, so the rest of the request
 * stays on its event loop.
 *
 * <p>The work running or waiting is bounded: a request that asks for more than {@code limit} calls
 * at once is answered 503 with {@code Retry-After} at once, rather than queued without bound behind
 * the pool (a queue that only grows turns a slow database into an outage). Releases and background
 * tasks are counted but never refused: they finish what an accepted request started.
 */
final class Blocking {
    private static final ExecutorService VIRTUAL = virtualThreads();
    /** Seconds a refused client is told to wait: the time the pool needs to turn over, not a promise. */
    static final String RETRY_AFTER = "1";

    private static final HttpError SATURATED = new HttpError(503).header("Retry-After", RETRY_AFTER);

    private final Vertx vertx;
    private final int limit;
    private final AtomicInteger inUse = new AtomicInteger();

    Blocking(Vertx vertx, int limit) {
        this.vertx = vertx;
        this.limit = limit;
    }

    /** Work a request asks for: refused with 503 when {@code limit} calls already run or wait. */
    Future<Object> admit(Callable<Object> work) {
        if (inUse.incrementAndGet() > limit) {
            inUse.decrementAndGet();
            return Future.failedFuture(SATURATED);
        }
        return start(work);
    }

    /** Work that must run whatever the load (a release, a background task): counted, never refused. */
    Future<Object> run(Callable<Object> work) {
        inUse.incrementAndGet();
        return start(work);
    }

    /** The Vert.x instance the work's results return to (its timers time the routes). */
    Vertx vertx() {
        return vertx;
    }

    /** Calls running or waiting now. */
    int inUse() {
        return inUse.get();
    }

    private Future<Object> start(Callable<Object> work) {
        Context context = vertx.getOrCreateContext();
        if (VIRTUAL == null) return context.executeBlocking(work, false).andThen(done -> inUse.decrementAndGet());
        Promise<Object> promise = Promise.promise();
        VIRTUAL.execute(() -> {
            Object result;
            try {
                result = work.call();
            } catch (Throwable e) {
                inUse.decrementAndGet();
                context.runOnContext(v -> promise.fail(e));
                return;
            }
            inUse.decrementAndGet();
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
