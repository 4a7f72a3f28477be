package dev.flute.dsl.vertx;

import dev.flute.dsl.Api;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.WebSocketSession;
import dev.flute.dsl.internal.Pipeline;
import dev.flute.dsl.internal.RequestScope;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves an {@link Api} from Vert.x: as the request handler of an {@code HttpServer}, or as a
 * route handler in an existing {@code Router} (see {@link FluteRouter}). Flute matches its own
 * routes, so Vert.x sees a single handler however many routes the API has, and Flute tells Vert.x
 * which route served each request ({@link HttpServerRequest#routed}), so metrics and traces name it.
 */
public final class FluteHandler implements Handler<RoutingContext> {

    private final Pipeline pipeline;
    /** As a server's request handler, when the API mounts Vert.x handlers: they come first. */
    private final Router standalone;

    private FluteHandler(Vertx vertx, Pipeline pipeline) {
        this.pipeline = pipeline;
        if (pipeline.api().mounts().isEmpty()) {
            this.standalone = null;
        } else {
            this.standalone = Mounts.router(vertx, pipeline.api());
            standalone
                    .route()
                    .handler(ctx ->
                            serve(ctx.request(), request(ctx, ctx.request().path(), "")));
            // The router refuses a path it cannot decode (a bad percent-escape) before any route:
            // answer it in FastAPI's shape, as the server answers what its decoder refuses.
            standalone.errorHandler(400, ctx -> InvalidRequests.refuse(ctx.request(), 400, "Bad Request"));
        }
    }

    /** Compiles the API once; the handler can be shared by every verticle instance. */
    public static FluteHandler of(Vertx vertx, Api api) {
        return new FluteHandler(vertx, Pipeline.of(api, vertx));
    }

    static FluteHandler of(Vertx vertx, Pipeline pipeline) {
        return new FluteHandler(vertx, pipeline);
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /**
     * As a route handler in a host router: paths are matched below the router's mount point, the
     * host's state ({@link Host}) and the body a host {@code BodyHandler} read are used, and a
     * request the API has no route for (an unknown path, another method) goes to the host's next
     * handler.
     */
    @Override
    public void handle(RoutingContext ctx) {
        String mount = ctx.mountPoint() == null ? "" : stripSlash(ctx.mountPoint());
        String path = ctx.normalizedPath(); // the path the router matched the mount point on
        String relative = path.startsWith(mount) ? path.substring(mount.length()) : path;
        var request = new HostRequest(request(ctx, relative.isEmpty() ? "/" : relative, mount), ctx);
        if (pipeline.owns(request)) serve(ctx.request(), request);
        else ctx.next();
    }

    /** As a server's request handler: the API's mounts, then its routes, FastAPI's 404 and 405 for the rest. */
    public void handle(HttpServerRequest request) {
        if (standalone != null) standalone.handle(request);
        else serve(request, new VertxRequest(request, request.path(), ""));
    }

    private static VertxRequest request(RoutingContext ctx, String path, String mountPoint) {
        return new VertxRequest(ctx.request(), path, mountPoint);
    }

    private void serve(HttpServerRequest request, Request flute) {
        RequestScope scope = pipeline.newScope();
        Object answer = pipeline.serve(flute, scope);
        if (answer instanceof Response<?> response) {
            send(request, response, scope); // no step answered later: no future in between
        } else {
            @SuppressWarnings("unchecked")
            Future<Response<?>> later = (Future<Response<?>>) answer;
            later.onComplete(done -> send(request, done.result(), scope));
        }
    }

    /** Writes the response; the scope finishes once it is sent, or could not be. */
    private static void send(HttpServerRequest request, Response<?> response, RequestScope scope) {
        Future<Void> sent;
        try {
            if (scope.route() != null) request.routed(scope.route());
            sent = response.kind() == Response.Kind.UPGRADE
                    ? upgrade(request, (WebSocketSession) response.body())
                    : ResponseWriter.write(request.response(), response);
        } catch (RuntimeException e) {
            sent = Future.failedFuture(e);
        }
        sent.onComplete(scope);
    }

    /** Accepts the handshake; the future ends with the session, so resources live as long as the socket. */
    private static Future<Void> upgrade(HttpServerRequest request, WebSocketSession session) {
        return request.toWebSocket().compose(socket -> {
            try {
                return session.run(socket);
            } catch (Throwable e) {
                socket.close((short) 1011);
                return Future.failedFuture(e);
            }
        });
    }

    private static String stripSlash(String mount) {
        return mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount;
    }
}
