package dev.flute.dsl;

import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import io.vertx.core.Future;

/**
 * Code around every request of an API or a group, FastAPI's {@code @app.middleware("http")}: it
 * may read or replace the request, call the rest, and read or replace the response.
 *
 * <pre>{@code
 * Middleware timing = (request, next) -> {
 *     long start = System.nanoTime();
 *     return next.handle(request).map(response ->
 *         response.header("X-Process-Time", String.valueOf((System.nanoTime() - start) / 1e9)));
 * };
 * }</pre>
 *
 * <p>Middleware runs in the order it is added: the first added is the outermost. API middleware
 * sees every request, 404s included; group middleware sees the requests of its routes.
 */
@FunctionalInterface
public interface Middleware {
    Future<Response<?>> handle(Request request, Next next);

    /** The rest of the chain: inner middleware, then the route. */
    @FunctionalInterface
    interface Next {
        Future<Response<?>> handle(Request request);
    }
}
