package dev.flute.websocket.bench;

import static dev.flute.dsl.Flute.GET;
import static dev.flute.dsl.Flute.api;
import static dev.flute.dsl.Flute.route;
import static dev.flute.websocket.WebSockets.ws;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.websocket.Hub;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server side of bench/websocket-load.sh (not a test): every socket of {@code /bench} joins one
 * room and broadcasts what it receives to it; {@code GET /stats} collects the garbage and reports
 * the heap, the RSS and the room's size. {@code LoadServer PORT}; one verticle per core.
 */
public final class LoadServer {
    private LoadServer() {}

    static final Dep<Hub> HUB = Hub.dep("bench");

    static final Endpoint SOCKET = ws("/bench").depends(HUB).handle((hub, socket) -> {
        socket.onText(text -> hub.broadcast("all", text));
        return hub.join("all", socket).compose(v -> socket.sendText("joined"));
    });

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx();
        Hub hub = Hub.of(vertx, "bench");
        Endpoint stats = route(GET, "/stats").blocking().handle(() -> {
            // Twice: the first run may only queue finalizable objects.
            System.gc();
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("heapUsedMiB", heap.getUsed() / (1024 * 1024));
            out.put("heapMaxMiB", heap.getMax() / (1024 * 1024));
            out.put("rssMiB", rssKib() / 1024);
            out.put(
                    "members",
                    hub.localMembers("all")
                            .toCompletionStage()
                            .toCompletableFuture()
                            .get());
            return out;
        });
        FluteServer.start(
                        vertx,
                        api("bench", "1").routes(SOCKET, stats),
                        ServerConfig.port(port).host("127.0.0.1"))
                .onSuccess(s -> System.out.println("READY " + s.port()))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    private static long rssKib() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }
}
