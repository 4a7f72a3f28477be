package dev.flute.websocket;

import dev.flute.dsl.Api;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;

/** Real Flute servers on ephemeral loopback ports. */
final class Servers {
    private Servers() {}

    static FluteServer start(Vertx vertx, Api api) {
        return Await.result(FluteServer.start(vertx, api, ServerConfig.port(0).host("127.0.0.1")));
    }
}
