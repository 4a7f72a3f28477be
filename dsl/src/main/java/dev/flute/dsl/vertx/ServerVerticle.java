package dev.flute.dsl.vertx;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One event loop's server. Besides serving, it refuses what a production server must refuse:
 * connections that take too long to send their headers (slowloris), swept once a second, and
 * requests whose body length is ambiguous (request smuggling, see {@link FramingGuard}), answered
 * 400 on a connection that is then closed.
 */
final class ServerVerticle extends VerticleBase {
    private final HttpServerOptions options;
    private final FluteHandler handler;
    private final long headerTimeoutMillis;
    private final int maxWebSocketMessageSize;
    private final AtomicInteger port;
    /** Connections waiting for a request's headers, with the time they started waiting. Event-loop confined. */
    private final Map<HttpConnection, Long> waiting = new IdentityHashMap<>();
    /**
     * Requests in flight per connection: an HTTP/2 connection carries several at once, and it waits
     * for headers again only when none is left (a long event stream must not count as a slow client).
     */
    private final Map<HttpConnection, Integer> active = new IdentityHashMap<>();

    private HttpServer server;

    private final long shutdownSeconds;

    ServerVerticle(HttpServerOptions options, FluteHandler handler, ServerConfig config, AtomicInteger port) {
        this.options = options;
        this.handler = handler;
        this.headerTimeoutMillis = config.headerTimeoutSeconds() * 1000L;
        this.maxWebSocketMessageSize = config.maxWebSocketMessageSize();
        this.shutdownSeconds = config.shutdownTimeoutSeconds();
        this.port = port;
    }

    @Override
    public Future<?> start() {
        server = vertx.createHttpServer(options)
                .requestHandler(this::serve)
                .invalidRequestHandler(InvalidRequests::answer);
        server.connectionHandler(connection -> {
            FramingGuard.install(connection, options);
            InflateCap.install(connection, options, maxWebSocketMessageSize);
            if (headerTimeoutMillis > 0) {
                waiting.put(connection, System.currentTimeMillis());
                connection.closeHandler(v -> {
                    waiting.remove(connection);
                    active.remove(connection);
                });
            }
        });
        if (headerTimeoutMillis > 0) vertx.setPeriodic(1000, id -> sweep());
        return server.listen().onSuccess(s -> port.set(s.actualPort()));
    }

    @Override
    public Future<?> stop() {
        // Graceful: stop accepting, let in-flight exchanges finish within the shutdown time. The
        // verticle stays deployed until their background tasks and releases are done too: undeploying
        // it cancels the timers those set on its context, and they would never finish.
        if (server == null) return Future.succeededFuture();
        return server.shutdown(shutdownSeconds, java.util.concurrent.TimeUnit.SECONDS)
                .compose(v ->
                        handler.pipeline().drained().timeout(shutdownSeconds, java.util.concurrent.TimeUnit.SECONDS))
                .recover(late -> Future.succeededFuture());
    }

    private void serve(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        if (headerTimeoutMillis > 0) {
            waiting.remove(connection);
            active.merge(connection, 1, Integer::sum);
            request.response().endHandler(v -> answered(connection, request));
        }
        String ambiguous = FramingGuard.refusal(request.headers());
        if (ambiguous != null) {
            InvalidRequests.refuse(request, 400, ambiguous);
            return;
        }
        handler.handle(request);
    }

    /** One request of the connection is answered; with none left, it waits for the next one's headers. */
    private void answered(HttpConnection connection, HttpServerRequest request) {
        Integer left = active.computeIfPresent(connection, (c, n) -> n > 1 ? n - 1 : null);
        if (left == null && !request.response().closed()) waiting.put(connection, System.currentTimeMillis());
    }

    private void sweep() {
        long deadline = System.currentTimeMillis() - headerTimeoutMillis;
        var late = new java.util.ArrayList<HttpConnection>();
        for (var entry : waiting.entrySet()) if (entry.getValue() < deadline) late.add(entry.getKey());
        for (HttpConnection connection : late) {
            waiting.remove(connection);
            connection.close();
        }
    }
}
