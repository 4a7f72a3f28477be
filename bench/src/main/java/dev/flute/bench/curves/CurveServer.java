package dev.flute.bench.curves;

import com.sun.management.GcInfo;
import dev.flute.bench.BenchConfig;
import dev.flute.bench.flute.FluteCurves;
import dev.flute.bench.flute.FluteServer;
import dev.flute.bench.raw.RawCurves;
import dev.flute.bench.raw.RawServer;
import dev.flute.dsl.Api;
import dev.flute.dsl.vertx.FluteHandler;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.util.function.Function;

/**
 * One server of one point of a cost curve, in a JVM of its own as {@code run.sh} runs the contract
 * servers: {@code java -cp bench.jar dev.flute.bench.curves.CurveServer CURVE X raw|flute --port P}.
 * With {@code --heap}, it also prints {@code heap <epoch ms> <bytes>} every second: the heap in
 * use at the end of a full collection, i.e. what the requests in flight hold.
 */
public final class CurveServer {
    static final long MAX_UPLOAD = 64L << 20;

    private CurveServer() {}

    public static void main(String[] args) throws Exception {
        String curve = args[0];
        int x = Integer.parseInt(args[1]);
        boolean raw = args[2].equals("raw");
        int port = 0;
        boolean heap = false;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--port")) port = Integer.parseInt(args[++i]);
            else if (args[i].equals("--heap")) heap = true;
        }
        Vertx vertx = BenchConfig.vertx();
        int listen = port;
        deploy(vertx, curve, x, raw, port)
                .onSuccess(id -> System.out.println("listening on " + BenchConfig.HOST + ":" + listen))
                .onFailure(e -> {
                    System.err.println("cannot start: " + e);
                    System.exit(1);
                });
        if (heap) sampleHeap();
    }

    private static Future<String> deploy(Vertx vertx, String curve, int x, boolean raw, int port) throws Exception {
        switch (curve) {
            case "routes":
                return raw
                        ? serve(vertx, port, v -> RawCurves.routes(v, x))
                        : serve(vertx, port, FluteCurves.routes(x));
            case "deps":
                return raw ? serve(vertx, port, v -> RawCurves.deps(v, x)) : serve(vertx, port, FluteCurves.deps(x));
            case "errors":
                return raw ? serve(vertx, port, RawCurves::errors) : serve(vertx, port, FluteCurves.errors());
            case "body":
                String uploads = Files.createTempDirectory("curve-uploads").toString();
                return raw
                        ? serve(vertx, port, v -> RawCurves.upload(v, MAX_UPLOAD, uploads))
                        : serve(vertx, port, FluteCurves.uploads(MAX_UPLOAD));
            case "connections":
                // The contract servers themselves.
                return raw
                        ? RawServer.deploy(vertx, port, BenchConfig.eventLoops())
                        : FluteServer.deploy(vertx, port, BenchConfig.eventLoops());
            default:
                throw new IllegalArgumentException("unknown curve " + curve);
        }
    }

    private static Future<String> serve(Vertx vertx, int port, Api api) {
        // Each verticle compiles its own pipeline, as each raw verticle builds its own router.
        return serve(vertx, port, v -> FluteHandler.of(v, api)::handle);
    }

    /** One verticle per event loop, each an HTTP server with the contract's options and its own handler. */
    private static Future<String> serve(Vertx vertx, int port, Function<Vertx, Handler<HttpServerRequest>> handler) {
        return vertx.deployVerticle(
                () -> new VerticleBase() {
                    @Override
                    public Future<?> start() {
                        return vertx.createHttpServer(BenchConfig.serverOptions(port))
                                .requestHandler(handler.apply(vertx))
                                .listen();
                    }
                },
                new DeploymentOptions().setInstances(BenchConfig.eventLoops()));
    }

    private static void sampleHeap() throws InterruptedException {
        while (true) {
            Thread.sleep(1000);
            System.gc();
            System.out.println("heap " + System.currentTimeMillis() + " " + heapAfterLastCollection());
        }
    }

    /**
     * The heap in use at the end of the latest collection, as the collector recorded it: what
     * survived. Reading the heap's usage after {@code System.gc()} returns would also count what
     * the event loops allocated since (each takes a fresh allocation buffer at once), which under
     * an upload's allocation rate is megabytes that nothing holds.
     */
    static long heapAfterLastCollection() {
        GcInfo last = null;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            GcInfo info = ((com.sun.management.GarbageCollectorMXBean) collector).getLastGcInfo();
            if (info != null && (last == null || info.getEndTime() > last.getEndTime())) last = info;
        }
        if (last == null) return -1;
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getType() == MemoryType.HEAP
                    ? last.getMemoryUsageAfterGc().get(pool.getName())
                    : null;
            if (after != null) used += after.getUsed();
        }
        return used;
    }
}
