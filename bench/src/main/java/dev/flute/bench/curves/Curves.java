package dev.flute.bench.curves;

import dev.flute.bench.BenchConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cost curves of issue #16, raw Vert.x beside Flute: each point is served by a fresh JVM per
 * server ({@link CurveServer}), checked to answer as its twin, warmed up, then loaded with wrk,
 * {@code --rounds} times with the order of the two servers alternating; the better run of each
 * server is kept ({@link #better}). Writes {@code curves.csv},
 * {@code curves.md} and one PNG per curve into the output directory.
 *
 * <pre>
 * java -cp bench/target/bench.jar dev.flute.bench.curves.Curves --out bench/curves [--only routes,deps]
 *     [--warmup 2] [--duration 5] [--rounds 2] [--java-opts "-Xms512m -Xmx512m -XX:+UseParallelGC"]
 * </pre>
 */
public final class Curves {
    static final String[] SERVERS = {"raw", "flute"};
    static final String BOUNDARY = "flutecurve";

    /**
     * One curve: the points, and how each is loaded.
     *
     * @param x the values of the varied quantity
     * @param connections wrk's connections, or 0 to use x (the connections curve)
     * @param plot which measurement is drawn
     */
    record Curve(String name, String title, String xLabel, int[] x, int connections, Plot plot) {}

    enum Plot {
        /** Server time per request at saturation: 1e6 / requests per second. */
        MICROS_PER_REQUEST("µs per request (1 / throughput)"),
        /** wrk's mean latency per request and the heap the requests in flight hold. */
        TIME_AND_HEAP("mean time per request (ms)"),
        /** The 99th percentile latency. */
        P99("p99 latency (ms)");

        final String yLabel;

        Plot(String yLabel) {
            this.yLabel = yLabel;
        }
    }

    static final List<Curve> CURVES = List.of(
            new Curve(
                    "routes",
                    "Routes in the app (request to the last one)",
                    "routes",
                    new int[] {1, 10, 100, 1000, 10_000},
                    32,
                    Plot.MICROS_PER_REQUEST),
            new Curve(
                    "body",
                    "Multipart upload streamed to a temporary file",
                    "request body (bytes)",
                    new int[] {1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20},
                    4,
                    Plot.TIME_AND_HEAP),
            new Curve(
                    "deps",
                    "Dependencies per route (a chain, each reading a query parameter)",
                    "dependencies",
                    new int[] {1, 2, 5, 10, 20},
                    32,
                    Plot.MICROS_PER_REQUEST),
            new Curve(
                    "errors",
                    "Validation errors per request (422 with all of them)",
                    "errors",
                    new int[] {1, 3, 10, 30, 100},
                    32,
                    Plot.MICROS_PER_REQUEST),
            new Curve(
                    "connections",
                    "Concurrent connections on GET /json",
                    "connections",
                    new int[] {100, 1000, 3000, 10_000},
                    0,
                    Plot.P99));

    /**
     * One server at one point.
     *
     * @param heapPeak bytes in use after a full collection, the most seen while wrk measured; -1 when not sampled
     */
    record Point(String curve, int x, String server, Wrk.Result wrk, long heapPeak) {
        double microsPerRequest() {
            return wrk.rps() == 0 ? Double.NaN : 1e6 / wrk.rps();
        }
    }

    private final Path out;
    private final int warmup;
    private final int duration;
    /** Runs per server and point, alternating the order; the better one is kept. */
    private final int rounds;

    private final String javaOpts;
    private final String jar;
    private final int wrkThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private final HttpClient client = HttpClient.newHttpClient();

    private Curves(Path out, int warmup, int duration, int rounds, String javaOpts) throws Exception {
        this.out = out;
        this.warmup = warmup;
        this.duration = duration;
        this.rounds = rounds;
        this.javaOpts = javaOpts;
        this.jar = Path.of(Curves.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of("bench/curves");
        int warmup = 2;
        int duration = 5;
        int rounds = 2;
        String javaOpts = "-Xms512m -Xmx512m -XX:+UseParallelGC";
        List<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--java-opts" -> javaOpts = args[++i];
                case "--only" -> only = Arrays.asList(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(out.resolve("logs"));
        var curves = new Curves(out, warmup, duration, rounds, javaOpts);
        var points = new ArrayList<Point>();
        for (Curve curve : CURVES) {
            if (only != null && !only.contains(curve.name())) continue;
            List<Point> measured = curves.measure(curve);
            points.addAll(measured);
            Plots.draw(curve, measured, out);
        }
        curves.report(points);
    }

    private List<Point> measure(Curve curve) throws Exception {
        var points = new ArrayList<Point>();
        for (int i = 0; i < curve.x().length; i++) {
            int x = curve.x()[i];
            Map<String, String> answers = new LinkedHashMap<>();
            Map<String, Point> best = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                // A-B then B-A: neither server always runs first, on a machine whose load drifts.
                String[] order = (i + round) % 2 == 0 ? SERVERS : new String[] {SERVERS[1], SERVERS[0]};
                for (String server : order) {
                    best.merge(server, measure(curve, x, server, answers), (a, b) -> better(curve, a, b));
                }
            }
            for (String server : SERVERS) points.add(best.get(server));
        }
        return points;
    }

    /**
     * The better of two runs of one server at one point, by what the curve draws: other sessions'
     * load on a shared machine only ever slows a run down, so the better run is the nearer to the
     * server's own cost.
     */
    static Point better(Curve curve, Point a, Point b) {
        return switch (curve.plot()) {
            case MICROS_PER_REQUEST -> b.wrk().rps() > a.wrk().rps() ? b : a;
            case TIME_AND_HEAP -> b.wrk().meanMs() < a.wrk().meanMs() ? b : a;
            case P99 -> b.wrk().p99Ms() < a.wrk().p99Ms() ? b : a;
        };
    }

    private Point measure(Curve curve, int x, String server, Map<String, String> answers) throws Exception {
        int port = freePort();
        boolean heap = curve.plot() == Plot.TIME_AND_HEAP;
        Path log = out.resolve("logs").resolve(curve.name() + "-" + x + "-" + server + ".log");
        var command = new ArrayList<String>();
        command.add("java");
        command.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
        command.addAll(List.of(
                "-Dbench.eventLoops=" + BenchConfig.eventLoops(),
                "-cp",
                jar,
                CurveServer.class.getName(),
                curve.name(),
                String.valueOf(x),
                server,
                "--port",
                String.valueOf(port)));
        if (heap) command.add("--heap");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitListening(process, port, log);
            check(curve, x, server, port, answers);
            Path script = script(curve, x);
            String url = "http://" + BenchConfig.HOST + ":" + port + path(curve, x);
            int connections = curve.connections() == 0 ? x : curve.connections();
            Wrk.run(url, wrkThreads, connections, warmup, script == null ? null : script.toString());
            long start = System.currentTimeMillis();
            Wrk.Result result =
                    Wrk.run(url, wrkThreads, connections, duration, script == null ? null : script.toString());
            long end = System.currentTimeMillis();
            long peak = heap ? heapPeak(log, start, end) : -1;
            System.out.printf(
                    Locale.ROOT,
                    "   %s %d %s: %.0f req/s, mean %.2f ms, p99 %.2f ms%s%s%n",
                    curve.name(),
                    x,
                    server,
                    result.rps(),
                    result.meanMs(),
                    result.p99Ms(),
                    heap ? String.format(Locale.ROOT, ", heap %.1f MiB", peak / 1048576.0) : "",
                    result.errors() > 0 ? ", " + result.errors() + " socket errors" : "");
            return new Point(curve.name(), x, server, result, peak);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** The request every point sends, and its twin must answer with the same status and body. */
    private void check(Curve curve, int x, String server, int port, Map<String, String> answers)
            throws IOException, InterruptedException {
        var uri = URI.create("http://" + BenchConfig.HOST + ":" + port + path(curve, x));
        HttpRequest request = curve.name().equals("body")
                ? HttpRequest.newBuilder(uri)
                        .header("content-type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(x)))
                        .build()
                : HttpRequest.newBuilder(uri).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        String answer = response.statusCode() + " " + response.body();
        boolean error = curve.name().equals("errors");
        if (response.statusCode() != (error ? 422 : 200)) {
            throw new IllegalStateException(server + " answered " + answer + " at " + curve.name() + " " + x);
        }
        answers.put(server, answer);
        if (answers.size() == 2 && answers.values().stream().distinct().count() != 1) {
            throw new IllegalStateException(curve.name() + " " + x + ": the servers answer differently: " + answers);
        }
    }

    static String path(Curve curve, int x) {
        return switch (curve.name()) {
            case "routes" -> "/r" + (x - 1) + "/items/5?q=x";
            case "deps" -> "/deps";
            case "errors" -> "/errors?" + String.join("&", java.util.Collections.nCopies(x, "q=x"));
            case "body" -> "/upload";
            default -> "/json";
        };
    }

    /** The multipart body of the body curve: one part, {@code file}, of {@code size} bytes. */
    static byte[] multipart(int size) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        return (head + "a".repeat(size) + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** wrk's script for the body curve (the same body as {@link #multipart}); none elsewhere. */
    private Path script(Curve curve, int x) throws IOException {
        if (!curve.name().equals("body")) return null;
        Path script = out.resolve("logs").resolve("upload-" + x + ".lua");
        Files.writeString(
                script,
                "wrk.method = \"POST\"\n"
                        + "wrk.headers[\"Content-Type\"] = \"multipart/form-data; boundary=" + BOUNDARY + "\"\n"
                        + "wrk.body = \"--" + BOUNDARY + "\\r\\nContent-Disposition: form-data; name=\\\"file\\\";"
                        + " filename=\\\"b.bin\\\"\\r\\nContent-Type: application/octet-stream\\r\\n\\r\\n\""
                        + " .. string.rep(\"a\", " + x + ") .. \"\\r\\n--" + BOUNDARY + "--\\r\\n\"\n");
        return script;
    }

    /** The most heap in use after a collection among the samples taken while wrk measured. */
    private static long heapPeak(Path log, long start, long end) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(log)) {
            String[] parts = line.split(" ");
            if (parts.length != 3 || !parts[0].equals("heap")) continue;
            long at = Long.parseLong(parts[1]);
            if (at >= start && at <= end) peak = Math.max(peak, Long.parseLong(parts[2]));
        }
        return peak;
    }

    private static void awaitListening(Process process, int port, Path log) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (!process.isAlive()) throw new IllegalStateException("the server exited: " + Files.readString(log));
            try (var socket = new Socket(BenchConfig.HOST, port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("no server on port " + port + " after 30 s");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code curves.csv}, and {@code curves.md}: one table per curve, flute/raw per point. */
    private void report(List<Point> points) throws IOException {
        var csv = new StringBuilder(
                "curve,x,server,rps,mean_ms,p99_ms,us_per_request,heap_peak_bytes,requests,non2xx,socket_errors\n");
        for (Point p : points) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%d,%s,%.1f,%.3f,%.3f,%.2f,%d,%d,%d,%d%n",
                    p.curve(),
                    p.x(),
                    p.server(),
                    p.wrk().rps(),
                    p.wrk().meanMs(),
                    p.wrk().p99Ms(),
                    p.microsPerRequest(),
                    p.heapPeak(),
                    p.wrk().requests(),
                    p.wrk().non2xx(),
                    p.wrk().errors()));
        }
        Files.writeString(out.resolve("curves.csv"), csv);
        var md = new StringBuilder();
        for (Curve curve : CURVES) {
            List<Point> mine =
                    points.stream().filter(p -> p.curve().equals(curve.name())).toList();
            if (mine.isEmpty()) continue;
            md.append("\n").append(curve.title()).append("\n\n");
            md.append("| ")
                    .append(curve.xLabel())
                    .append(" | raw rps | flute rps | flute/raw | raw µs/req | flute µs/req | raw p99 | flute p99 |")
                    .append(curve.plot() == Plot.TIME_AND_HEAP ? " raw heap | flute heap |" : "")
                    .append("\n|---:|---:|---:|---:|---:|---:|---:|---:|")
                    .append(curve.plot() == Plot.TIME_AND_HEAP ? "---:|---:|" : "")
                    .append("\n");
            for (int x : curve.x()) {
                Point raw = find(mine, x, "raw");
                Point flute = find(mine, x, "flute");
                if (raw == null || flute == null) continue;
                md.append(String.format(
                        Locale.ROOT,
                        "| %d | %.0f | %.0f | %.3f | %.1f | %.1f | %.2f ms | %.2f ms |",
                        x,
                        raw.wrk().rps(),
                        flute.wrk().rps(),
                        flute.wrk().rps() / raw.wrk().rps(),
                        raw.microsPerRequest(),
                        flute.microsPerRequest(),
                        raw.wrk().p99Ms(),
                        flute.wrk().p99Ms()));
                if (curve.plot() == Plot.TIME_AND_HEAP) {
                    md.append(String.format(
                            Locale.ROOT,
                            " %.1f MiB | %.1f MiB |",
                            raw.heapPeak() / 1048576.0,
                            flute.heapPeak() / 1048576.0));
                }
                md.append("\n");
            }
        }
        Files.writeString(out.resolve("curves.md"), md);
        System.out.print(md);
    }

    static Point find(List<Point> points, int x, String server) {
        return points.stream()
                .filter(p -> p.x() == x && p.server().equals(server))
                .findFirst()
                .orElse(null);
    }
}
