package dev.flute.bench;

import dev.flute.bench.flute.FluteServer;
import dev.flute.bench.raw.RawServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Arrays;

/**
 * {@code java -jar bench.jar flute|raw|check --port P}, or {@code jmh [JMH options]} for the per-request
 * benchmarks ({@code dev.flute.bench.jmh}). The {@code flute|raw --port P} form is fixed:
 * tools outside the project rely on it.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
        }
        String mode = args[0];
        if (mode.equals("jmh")) {
            jmh(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int port = 8080;
        String host = BenchConfig.HOST;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--host") && i + 1 < args.length && mode.equals("check")) {
                host = args[++i];
            } else {
                usage();
            }
        }
        switch (mode) {
            case "raw" -> start("raw", port, RawServer::deploy);
            case "flute" -> start("flute", port, FluteServer::deploy);
            case "check" -> System.exit(ContractCheck.report(ContractCheck.run(host, port), host + ":" + port));
            default -> usage();
        }
    }

    /** How a server is deployed: {@code deploy(vertx, port, instances)}. */
    private interface Deployer {
        Future<String> deploy(Vertx vertx, int port, int instances);
    }

    /** Both servers start the same way: one verticle per event loop, identical options. */
    private static void start(String name, int port, Deployer deployer) {
        int loops = BenchConfig.eventLoops();
        Vertx vertx = BenchConfig.vertx();
        deployer.deploy(vertx, port, loops)
                .onSuccess(id -> System.out.println(
                        name + " listening on " + BenchConfig.HOST + ":" + port + " (" + loops + " event loops)"))
                .onFailure(e -> {
                    System.err.println(name + " failed to start: " + e);
                    System.exit(1);
                });
    }

    /** JMH's own command line; with no benchmark pattern, every benchmark in {@code dev.flute.bench.jmh}. */
    private static void jmh(String[] args) {
        try {
            org.openjdk.jmh.Main.main(args);
        } catch (Exception e) {
            throw new IllegalStateException("jmh failed", e);
        }
    }

    private static void usage() {
        System.err.println("usage: java -jar bench.jar flute|raw|check --port P  |  jmh [JMH options]");
        System.exit(2);
    }
}
