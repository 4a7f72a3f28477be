package dev.flute.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;

/**
 * The settings both servers must share so that an A/B run compares code, not configuration: the
 * event-loop count (one verticle instance per event loop), the Vert.x options and the HTTP server
 * options. The Flute server must build its Vert.x instance and server options from here too.
 */
public final class BenchConfig {
    /** Loopback only: the benchmark never listens on, nor sends to, any other address. */
    public static final String HOST = "127.0.0.1";

    private BenchConfig() {}

    /** One event loop (and one verticle instance) per core; override with {@code -Dbench.eventLoops=N}. */
    public static int eventLoops() {
        return Integer.getInteger("bench.eventLoops", Runtime.getRuntime().availableProcessors());
    }

    public static VertxOptions vertxOptions() {
        return new VertxOptions().setEventLoopPoolSize(eventLoops());
    }

    public static Vertx vertx() {
        return Vertx.vertx(vertxOptions());
    }

    /** Vert.x defaults (no compression, keep-alive on), bound to loopback. */
    public static HttpServerOptions serverOptions(int port) {
        return new HttpServerOptions().setHost(HOST).setPort(port);
    }
}
