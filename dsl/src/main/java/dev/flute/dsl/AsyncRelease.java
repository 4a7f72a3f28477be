package dev.flute.dsl;

import io.vertx.core.Future;

/**
 * A release that completes later: the request's other releases, and the end of the request, wait
 * for its future. A failed future translates the error as a throwing {@link Release} does.
 *
 * <pre>{@code resourceAsync(() -> pool.getConnection(), (connection, outcome) -> connection.close())}</pre>
 */
@FunctionalInterface
public interface AsyncRelease<T> {
    Future<?> release(T value, Outcome outcome) throws Exception;

    /** A synchronous release as one that completes at once. */
    static <T> AsyncRelease<T> of(Release<T> release) {
        return (value, outcome) -> {
            release.release(value, outcome);
            return Future.succeededFuture();
        };
    }
}
