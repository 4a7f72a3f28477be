package dev.flute.dsl.vertx;

import dev.flute.dsl.Api;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;

/** Real Flute servers on ephemeral loopback ports, for what only a socket shows. */
final class Servers {
    private Servers() {}

    /** One verticle on a free port: every request shares one event loop. */
    static FluteServer start(Vertx vertx, Api api) throws Exception {
        return start(vertx, api, ServerConfig.port(0).host("127.0.0.1"));
    }

    static FluteServer start(Vertx vertx, Api api, ServerConfig config) throws Exception {
        return FluteServer.start(vertx, api, config)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }
}
