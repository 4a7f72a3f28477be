package dev.flute.dsl.vertx;

import dev.flute.dsl.Api;
import dev.flute.dsl.internal.Pipeline;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;

/**
 * A standalone server for an {@link Api}: one verticle per event loop sharing the port, the API
 * compiled once and shared by all of them.
 *
 * <pre>{@code
 * FluteServer.start(vertx, api, ServerConfig.port(8000)).onSuccess(s -> log("on " + s.port()));
 * }</pre>
 */
public final class FluteServer {
    private final Vertx vertx;
    private final String deploymentId;
    private final int port;

    private FluteServer(Vertx vertx, String deploymentId, int port) {
        this.vertx = vertx;
        this.deploymentId = deploymentId;
        this.port = port;
    }

    public static Future<FluteServer> start(Vertx vertx, Api api, ServerConfig config) {
        Pipeline pipeline;
        try {
            pipeline = Pipeline.of(api, vertx);
        } catch (RuntimeException badDeclaration) {
            return Future.failedFuture(badDeclaration);
        }
        FluteHandler handler = FluteHandler.of(pipeline);
        HttpServerOptions options = new HttpServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setMaxInitialLineLength(config.maxInitialLineLength())
                .setMaxHeaderSize(config.maxHeaderSize())
                .setIdleTimeout(config.idleTimeoutSeconds())
                .setHandle100ContinueAutomatically(false);
        // Port 0 asks for a free port; instances cannot share it, so one verticle serves then.
        int instances = config.port() == 0 ? 1 : config.effectiveInstances();
        var ports = new java.util.concurrent.atomic.AtomicInteger(config.port());
        return vertx.deployVerticle(
                        () -> new ServerVerticle(options, handler, config.headerTimeoutSeconds(), ports),
                        new DeploymentOptions().setInstances(instances))
                .map(id -> new FluteServer(vertx, id, ports.get()));
    }

    /** The port it listens on (the one chosen when the config asked for port 0). */
    public int port() {
        return port;
    }

    /** Stops accepting connections and undeploys the verticles. */
    public Future<Void> close() {
        return vertx.undeploy(deploymentId);
    }
}
