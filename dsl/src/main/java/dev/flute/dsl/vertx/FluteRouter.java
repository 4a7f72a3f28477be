package dev.flute.dsl.vertx;

import dev.flute.dsl.Api;
import dev.flute.dsl.internal.Pipeline;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;

/**
 * An {@link Api} mounted in an existing Vert.x application, next to its own handlers. It is a good
 * citizen of the host's router: requests it has no route for go on to the host's next handler, it
 * reads what host handlers set ({@link Host}) and the body a host {@code BodyHandler} read, and it
 * tells Vert.x which route served each request.
 *
 * <pre>{@code
 * public Future<?> start() {                                   // in the host's verticle
 *     return FluteRouter.start(vertx, api).compose(flute -> {
 *         host.route("/api/*").subRouter(flute.router());
 *         return vertx.createHttpServer().requestHandler(host).listen(8080);
 *     });
 * }
 * }</pre>
 *
 * <p>The lifespan belongs to the Vert.x context that started it, as an {@code HttpServer} does:
 * {@link #start} runs the startup hooks before it hands out the router, and the shutdown hooks run
 * when that verticle is undeployed (or Vert.x closes), after the requests in flight have finished,
 * or earlier on {@link #close()}; once in any case.
 */
public final class FluteRouter {
    private static final System.Logger LOG = System.getLogger("dev.flute");
    private static final long DRAIN_SECONDS = 30;

    private final Vertx vertx;
    private final Pipeline pipeline;
    private final Router router;
    private final ContextInternal owner;
    private final io.vertx.core.Closeable hook = this::closeWith;
    private Future<Void> closed;

    private FluteRouter(Vertx vertx, Pipeline pipeline, ContextInternal owner) {
        this.vertx = vertx;
        this.pipeline = pipeline;
        this.router = routerOf(vertx, pipeline);
        this.owner = owner;
    }

    /**
     * Compiles the API, runs its startup hooks, then gives the mounted API; it fails with the
     * first hook that fails, or with a message naming the route when a declaration is wrong.
     */
    public static Future<FluteRouter> start(Vertx vertx, Api api) {
        var owner = (ContextInternal) vertx.getOrCreateContext();
        FluteRouter flute;
        try {
            flute = new FluteRouter(vertx, Pipeline.of(api, vertx), owner);
        } catch (RuntimeException badDeclaration) {
            return Future.failedFuture(badDeclaration);
        }
        return api.lifespan().start(vertx).map(v -> {
            owner.addCloseHook(flute.hook);
            return flute;
        });
    }

    /**
     * The router of an API without lifespan hooks, to mount at once:
     * {@code host.route("/api/*").subRouter(FluteRouter.of(vertx, api))}. An API with hooks is
     * refused: {@link #start} runs them.
     */
    public static Router of(Vertx vertx, Api api) {
        if (!api.lifespan().startup().isEmpty() || !api.lifespan().shutdown().isEmpty()) {
            throw new IllegalArgumentException("the API '" + api.info().title()
                    + "' has startup or shutdown hooks: mount it with FluteRouter.start(vertx, api), which runs them");
        }
        return routerOf(vertx, Pipeline.of(api, vertx));
    }

    private static Router routerOf(Vertx vertx, Pipeline pipeline) {
        Router router = Mounts.router(vertx, pipeline.api());
        router.route().handler(FluteHandler.of(vertx, pipeline));
        return router;
    }

    /**
     * What the API holds now: requests in flight (until their tasks and releases are done), resources
     * held, blocking calls, upload files. All zero ({@code Gauges.IDLE}) once every request is finished.
     */
    public dev.flute.dsl.Gauges gauges() {
        return pipeline.gauges();
    }

    /** The router to mount: {@code host.route("/api/*").subRouter(flute.router())}. */
    public Router router() {
        return router;
    }

    /**
     * Runs the shutdown hooks once the requests in flight have finished (waiting at most 30
     * seconds for them); later calls, and the close of the owning context, do nothing more.
     */
    public synchronized Future<Void> close() {
        if (closed == null) {
            owner.removeCloseHook(hook);
            closed = pipeline.drained()
                    .timeout(DRAIN_SECONDS, TimeUnit.SECONDS)
                    .recover(e -> {
                        LOG.log(System.Logger.Level.WARNING, "requests still in flight after " + DRAIN_SECONDS + "s");
                        return Future.succeededFuture();
                    })
                    .compose(v -> pipeline.api().lifespan().stop(vertx));
        }
        return closed;
    }

    private void closeWith(Completable<Void> completion) {
        close().onComplete(completion);
    }
}
