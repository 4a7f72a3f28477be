package dev.flute.dsl.vertx;

import dev.flute.dsl.Api;
import dev.flute.dsl.http.Response;
import dev.flute.dsl.http.WebSocketSession;
import dev.flute.dsl.internal.Pipeline;
import dev.flute.dsl.internal.RequestScope;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves an {@link Api} from Vert.x: as the request handler of an {@code HttpServer}, or as a
 * route handler in an existing {@code Router} (see {@link FluteRouter}). Flute matches its own
 * routes, so Vert.x sees a single handler however many routes the API has.
 */
public final class FluteHandler implements Handler<RoutingContext> {
    private final Pipeline pipeline;

    private FluteHandler(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Compiles the API once; the handler can be shared by every verticle instance. */
    public static FluteHandler of(Vertx vertx, Api api) {
        return new FluteHandler(Pipeline.of(api, vertx));
    }

    static FluteHandler of(Pipeline pipeline) {
        return new FluteHandler(pipeline);
    }

    /** As a route handler: paths are matched below the router's mount point. */
    @Override
    public void handle(RoutingContext ctx) {
        String mount = ctx.mountPoint() == null ? "" : stripSlash(ctx.mountPoint());
        String path = ctx.normalizedPath(); // the path the router matched the mount point on
        String relative = path.startsWith(mount) ? path.substring(mount.length()) : path;
        serve(ctx.request(), relative.isEmpty() ? "/" : relative, mount);
    }

    /** As a server's request handler. */
    public void handle(HttpServerRequest request) {
        serve(request, request.path(), "");
    }

    private void serve(HttpServerRequest request, String path, String mountPoint) {
        var flute = new VertxRequest(request, path, mountPoint);
        RequestScope scope = pipeline.newScope();
        pipeline.handle(flute, scope)
                .compose(response -> response.kind() == Response.Kind.UPGRADE
                        ? upgrade(request, (WebSocketSession) response.body())
                        : ResponseWriter.write(request.response(), response))
                .onComplete(sent -> scope.finish());
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
