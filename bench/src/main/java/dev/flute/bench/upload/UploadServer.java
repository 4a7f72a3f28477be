package dev.flute.bench.upload;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.FormLimits;
import dev.flute.dsl.http.Streams;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server of {@code bench/upload-memory.sh} and {@code bench/slow-reader.sh}: an upload route that
 * accepts files up to 2 GiB, a download streamed as it is read, and the heap's peaks, so a run can
 * show that a body's size never reaches the heap, coming or going.
 *
 * <pre>java -Xmx64m -cp bench/target/bench.jar dev.flute.bench.upload.UploadServer --port 8091</pre>
 *
 * <ul>
 *   <li>{@code POST /upload} (multipart, field {@code file}) → {@code {"filename", "size"}}
 *   <li>{@code GET /download/<mib>} → {@code mib} MiB of zeros, produced as the client reads them
 *   <li>{@code GET /memory} → the heap now and each heap pool's peak since the last reset
 *   <li>{@code POST /memory/reset} → forgets the peaks (after start-up, before the upload)
 * </ul>
 */
public final class UploadServer {
    private UploadServer() {}

    static final long TWO_GIB = 2L << 30;

    static final Endpoint UPLOAD = route(POST, "/upload")
            .formLimits(FormLimits.DEFAULT.maxBodySize(TWO_GIB).maxFileSize(TWO_GIB))
            .param(upload("file"))
            .handle(file -> Map.of("filename", file.filename(), "size", file.size()));

    /** 64 KiB chunks, handed out only as fast as the connection drains (back-pressure). */
    static final Endpoint DOWNLOAD = route(GET, "/download/<mib>")
            .param(path("mib", int_().ge(1).le(4096)))
            .returns(stream("application/octet-stream"))
            .handle(mib -> Streams.of(chunks(mib * 16L)));

    private static Iterable<Buffer> chunks(long count) {
        Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
        return () -> java.util.stream.Stream.generate(() -> chunk).limit(count).iterator();
    }

    static final Endpoint MEMORY = route(GET, "/memory").handle(UploadServer::memory);

    static final Endpoint RESET = route(POST, "/memory/reset").handle(() -> {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        return memory();
    });

    static Map<String, Object> memory() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        var peaks = new LinkedHashMap<String, Object>();
        long sumOfPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            peaks.put(pool.getName(), pool.getPeakUsage().getUsed());
            sumOfPeaks += pool.getPeakUsage().getUsed();
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("heap_used", heap.getUsed());
        out.put("heap_committed", heap.getCommitted());
        out.put("heap_max", heap.getMax());
        out.put("pool_peaks", peaks);
        out.put("sum_of_pool_peaks", sumOfPeaks);
        return out;
    }

    public static void main(String[] args) {
        int port = 8091;
        for (int i = 0; i < args.length; i++) if (args[i].equals("--port")) port = Integer.parseInt(args[++i]);
        Api api = api("Upload memory", "1.0").routes(UPLOAD, DOWNLOAD, MEMORY, RESET);
        Vertx vertx = Vertx.vertx();
        int listen = port;
        FluteServer.start(vertx, api, ServerConfig.port(port).host("127.0.0.1").instances(1))
                .onSuccess(server -> System.out.println("upload server listening on 127.0.0.1:" + server.port()))
                .onFailure(e -> {
                    System.err.println("cannot listen on " + listen + ": " + e);
                    System.exit(1);
                });
    }
}
