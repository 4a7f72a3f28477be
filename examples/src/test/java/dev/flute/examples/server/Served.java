package dev.flute.examples.server;

import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.examples.Examples;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/** Starts a named example on an ephemeral port and gives a client for it. */
final class Served {
    private Served() {}

    record Running(FluteServer server, WebClient client) {}

    static Future<Running> start(Vertx vertx, String example) {
        var app = Examples.named(example).orElseThrow().api().get();
        return FluteServer.start(vertx, app, ServerConfig.port(0).host("127.0.0.1"))
                .map(server -> new Running(
                        server,
                        WebClient.create(
                                vertx,
                                new WebClientOptions()
                                        .setDefaultHost("127.0.0.1")
                                        .setDefaultPort(server.port()))));
    }
}
