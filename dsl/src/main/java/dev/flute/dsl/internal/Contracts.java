package dev.flute.dsl.internal;

import dev.flute.dsl.spi.ResolvedRoute;
import dev.flute.dsl.spi.ResponseContract;
import io.vertx.core.http.HttpMethod;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an answer is checked against, for the test client and the server's own checks: the
 * description of the route that answered (built once per route); the framework's 404, 405 and
 * slash redirect when no route matched; anything but a server error when an API middleware
 * answered before routing (a CORS preflight), since no route describes that answer.
 */
public final class Contracts {
    private final Map<ResolvedRoute, ResponseContract> byRoute = new ConcurrentHashMap<>();

    public ResponseContract of(RequestScope scope, HttpMethod method, String path) {
        ResolvedRoute route = scope.resolvedRoute();
        if (route != null) return byRoute.computeIfAbsent(route, ResponseContract::of);
        return scope.dispatched()
                ? ResponseContract.unrouted(method, path)
                : ResponseContract.beforeRouting(method, path);
    }
}
