package dev.flute.examples;

import dev.flute.dsl.Api;
import dev.flute.dsl.settings.InvalidSettings;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.schema.Docs;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;

/**
 * Starts an example: {@code java -jar examples/target/examples.jar [NAME] [--port PORT] [--host HOST]},
 * or lists them with {@code --list}. Without a NAME it serves the demo, on every interface unless
 * {@code --host} says otherwise. Every example also serves {@code /openapi.json}, {@code /docs} and
 * {@code /redoc}. This command line is fixed: tools outside the project rely on it.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        String name = "demo";
        Integer port = null; // the example's own unless --port says
        String host = "0.0.0.0";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list" -> {
                    Examples.ALL.stream()
                            .filter(e -> !e.name().equals("demo"))
                            .forEach(e -> System.out.println(e.name()));
                    return;
                }
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar examples.jar [NAME] [--port PORT] [--host HOST] | --list");
                    return;
                }
                default -> name = args[i];
            }
        }
        String chosen = name;
        Example example = Examples.named(name)
                .orElseThrow(() -> new IllegalArgumentException("no example '" + chosen + "'; --list shows them"));
        int listen;
        Api api;
        try {
            listen = port != null ? port : example.port().getAsInt();
            api = Docs.with(example.api().get());
        } catch (InvalidSettings | IllegalArgumentException e) {
            // Settings the example reads from the environment: one message, no stack trace.
            System.err.println("cannot start " + chosen + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        Vertx vertx = Vertx.vertx(example.vertxOptions().get());
        String listenOn = host;
        FluteServer.start(vertx, api, ServerConfig.port(listen).host(host))
                .onSuccess(server -> {
                    System.out.println("Flute example " + chosen + " on http://" + shown(listenOn) + ":" + server.port()
                            + " (docs at /docs)");
                    // Ctrl-C or SIGTERM: requests in flight finish and the shutdown hooks run (the
                    // demo closes its database cleanly).
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, vertx)));
                })
                .onFailure(e -> {
                    System.err.println("cannot start " + chosen + " on port " + listen + ": " + e.getMessage());
                    vertx.close();
                    System.exit(1);
                });
    }

    private static void stop(FluteServer server, Vertx vertx) {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("stopping: " + e);
        }
    }

    /** Where a browser reaches the server: loopback when it listens everywhere. */
    private static String shown(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) return "127.0.0.1";
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
