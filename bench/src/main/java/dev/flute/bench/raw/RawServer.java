package dev.flute.bench.raw;

import dev.flute.bench.BenchConfig;
import dev.flute.bench.Sessions;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The BENCH.md contract in plain Vert.x Web, as a Vert.x expert would write it: one {@link Router}
 * route per endpoint (1000 routes for #6), parameters parsed and checked by hand, Jackson into
 * {@link Buffer}s, one verticle instance per event loop sharing the port.
 */
public final class RawServer extends VerticleBase {
    public static final int ROUTE_APPS = 1000;

    private static final CharSequence TEXT_PLAIN = HttpHeaders.createOptimized("text/plain; charset=utf-8");
    private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence X_TOKEN = HttpHeaders.createOptimized("X-Token");
    // Sent on every response, as Flute sends it by default: the two servers write the same bytes.
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("x-content-type-options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final Buffer INTERNAL_ERROR = Buffer.buffer("Internal Server Error");

    private final int port;
    private final RawEndpoints endpoints = new RawEndpoints();
    private final Sessions sessions = new Sessions();

    public RawServer(int port) {
        this.port = port;
    }

    /** Deploys {@code instances} verticles, all listening on {@code port}. */
    public static Future<String> deploy(Vertx vertx, int port, int instances) {
        return vertx.deployVerticle(() -> new RawServer(port), new DeploymentOptions().setInstances(instances));
    }

    /** The sessions opened by this instance (for tests). */
    public Sessions sessions() {
        return sessions;
    }

    @Override
    public Future<?> start() {
        return vertx.createHttpServer(BenchConfig.serverOptions(port))
                .requestHandler(router(vertx, endpoints, sessions))
                .listen();
    }

    /**
     * The contract's {@link Router}: its routes in order (the 1000 of #6 last) and its error
     * handlers. Also dispatched in memory by the JMH benchmark, so both measure the same router.
     */
    public static Router router(Vertx vertx, RawEndpoints endpoints, Sessions sessions) {
        Router router = Router.router(vertx);

        router.get("/plaintext").handler(ctx -> text(ctx.response(), 200, RawEndpoints.PLAINTEXT));
        router.get("/json").handler(ctx -> json(ctx.response(), 200, endpoints.json()));
        Handler<RoutingContext> readItem = ctx -> readItem(ctx, endpoints);
        router.get("/items/:item_id").handler(readItem);
        router.post("/items/").handler(BodyHandler.create(false)).handler(ctx -> createItem(ctx, endpoints));
        router.get("/deps/").handler(ctx -> deps(ctx, endpoints, sessions));
        for (int n = 0; n < ROUTE_APPS; n++) {
            router.get("/r" + n + "/items/:item_id").handler(readItem);
        }

        router.errorHandler(404, ctx -> json(ctx.response(), 404, RawEndpoints.NOT_FOUND));
        router.errorHandler(405, ctx -> json(ctx.response(), 405, RawEndpoints.METHOD_NOT_ALLOWED));
        router.errorHandler(500, ctx -> {
            if (!ctx.response().ended()) text(ctx.response(), 500, INTERNAL_ERROR);
        });
        return router;
    }

    private static void readItem(RoutingContext ctx, RawEndpoints endpoints) {
        send(ctx, endpoints.readItem(ctx.pathParam("item_id"), ctx.request().query()));
    }

    private static void createItem(RoutingContext ctx, RawEndpoints endpoints) {
        HttpServerRequest req = ctx.request();
        send(
                ctx,
                endpoints.createItem(
                        req.getHeader(HttpHeaders.CONTENT_TYPE), ctx.body().buffer()));
    }

    private static void deps(RoutingContext ctx, RawEndpoints endpoints, Sessions sessions) {
        HttpServerRequest req = ctx.request();
        send(ctx, endpoints.deps(req.query(), req.getHeader(X_TOKEN), sessions));
    }

    private static void send(RoutingContext ctx, RawEndpoints.Response r) {
        Future<Void> sent = json(ctx.response(), r.status(), r.body());
        Sessions.Session session = r.session();
        if (session != null) {
            // Cleanup after the response: whether it was written or the connection dropped.
            sent.onComplete(ar -> session.release());
        }
    }

    static Future<Void> json(HttpServerResponse response, int status, Buffer body) {
        return end(response, status, APPLICATION_JSON, body);
    }

    private static Future<Void> text(HttpServerResponse response, int status, Buffer body) {
        return end(response, status, TEXT_PLAIN, body);
    }

    /** Every answer goes out through here, with the headers Flute sends, in its order. */
    private static Future<Void> end(HttpServerResponse response, int status, CharSequence type, Buffer body) {
        return response.setStatusCode(status)
                .putHeader(NOSNIFF_NAME, NOSNIFF)
                .putHeader(HttpHeaders.CONTENT_TYPE, type)
                .end(body);
    }
}
