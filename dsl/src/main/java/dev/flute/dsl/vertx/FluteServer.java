package dev.flute.dsl.vertx;

import dev.flute.dsl.Api;
import dev.flute.dsl.internal.Pipeline;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A standalone server for an {@link Api}: one verticle per event loop sharing the port, the API
 * compiled once and shared by all of them. Startup hooks run before it listens; {@link #close()}
 * is graceful: it stops accepting, lets in-flight requests and their background tasks finish
 * (within the configured time), then runs the shutdown hooks.
 *
 * <pre>{@code
 * FluteServer.start(vertx, api, ServerConfig.port(8000)).onSuccess(s -> log("on " + s.port()));
 * }</pre>
 */
public final class FluteServer {
    private static final System.Logger LOG = System.getLogger("dev.flute");

    private final Vertx vertx;
    private final Api api;
    private final Pipeline pipeline;
    private final ServerConfig config;
    private final String deploymentId;
    private final int port;

    private FluteServer(Vertx vertx, Api api, Pipeline pipeline, ServerConfig config, String deploymentId, int port) {
        this.vertx = vertx;
        this.api = api;
        this.pipeline = pipeline;
        this.config = config;
        this.deploymentId = deploymentId;
        this.port = port;
    }

    public static Future<FluteServer> start(Vertx vertx, Api api, ServerConfig config) {
        Pipeline pipeline;
        FluteHandler handler;
        try {
            pipeline = Pipeline.of(api, vertx);
            handler = FluteHandler.of(vertx, pipeline);
        } catch (RuntimeException badDeclaration) {
            return Future.failedFuture(badDeclaration);
        }
        HttpServerOptions options = new HttpServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setMaxInitialLineLength(config.maxInitialLineLength())
                .setMaxHeaderSize(config.maxHeaderSize())
                .setMaxWebSocketFrameSize(config.maxWebSocketMessageSize())
                .setMaxWebSocketMessageSize(config.maxWebSocketMessageSize())
                .setIdleTimeout(config.idleTimeoutSeconds())
                .setHandle100ContinueAutomatically(false)
                .setCompressionSupported(config.compression())
                // h2c only when asked: its detection delays the connection handler until the first
                // request is complete, and with it the header deadline against slow clients.
                .setHttp2ClearTextEnabled(config.h2c());
        if (config.tls() != null) {
            // HTTP/2 and HTTP/1.1 offered over ALPN (Vert.x's default protocol list).
            options.setSsl(true).setUseAlpn(true).setKeyCertOptions(config.tls().options());
        }
        // Port 0 asks for a free port; instances cannot share it, so one verticle serves then.
        int instances = config.port() == 0 ? 1 : config.effectiveInstances();
        var ports = new AtomicInteger(config.port());
        return api.lifespan()
                .start(vertx)
                .compose(v -> vertx.deployVerticle(
                        () -> new ServerVerticle(options, handler, config, ports),
                        new DeploymentOptions().setInstances(instances)))
                .map(id -> new FluteServer(vertx, api, pipeline, config, id, ports.get()));
    }

    /**
     * What the API holds now: requests in flight (until their tasks and releases are done), resources
     * held, blocking calls, upload files. All zero ({@code Gauges.IDLE}) once every request is finished.
     */
    public dev.flute.dsl.Gauges gauges() {
        return pipeline.gauges();
    }

    /** The port it listens on (the one chosen when the config asked for port 0). */
    public int port() {
        return port;
    }

    /**
     * Stops gracefully: no new connections, in-flight requests finish, background tasks and
     * releases run (each step bounded by the configured shutdown time), then the shutdown hooks.
     */
    public Future<Void> close() {
        long grace = config.shutdownTimeoutSeconds();
        return vertx.undeploy(deploymentId)
                .compose(v -> pipeline.drained().timeout(grace, TimeUnit.SECONDS))
                .recover(e -> {
                    LOG.log(System.Logger.Level.WARNING, "shutdown did not drain in " + grace + "s: " + e.getMessage());
                    return Future.succeededFuture();
                })
                .compose(v -> api.lifespan().stop(vertx));
    }
}
