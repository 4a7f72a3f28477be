package dev.flute.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown tables of an {@link EndpointBench} run, from JMH's JSON results ({@code -rf json -rff
 * results.json}, with {@code -prof gc} for bytes per request): Flute beside raw Vert.x as servers
 * ({@code fluteServed} against {@code rawRouted}), then as functions ({@code flute} against
 * {@code raw}), with Flute's ratio to raw in each.
 *
 * <pre>java -cp bench/target/bench.jar dev.flute.bench.jmh.JmhTable results.json</pre>
 */
public final class JmhTable {
    private JmhTable() {}

    public static void main(String[] args) throws IOException {
        System.out.print(tables(new ObjectMapper().readTree(new File(args[0]))));
    }

    /** The two pairs' tables; a pair no run measured (a run of the functions alone) is left out. */
    static String tables(JsonNode runs) {
        // endpoint -> side -> [ns/op, B/op]
        Map<String, Map<String, double[]>> table = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            String benchmark = run.get("benchmark").asText();
            if (!benchmark.startsWith(EndpointBench.class.getName() + ".")) continue; // another benchmark's run
            String side = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String endpoint = run.path("params").path("endpoint").asText();
            double ns = run.path("primaryMetric").path("score").asDouble();
            double bytes = run.path("secondaryMetrics")
                    .path("gc.alloc.rate.norm")
                    .path("score")
                    .asDouble(Double.NaN);
            table.computeIfAbsent(endpoint, e -> new LinkedHashMap<>()).put(side, new double[] {ns, bytes});
        }
        var out = new StringBuilder();
        pair(
                out,
                "As servers (adapter, routing, body collected, response handed to Vert.x):",
                table,
                "rawRouted",
                "fluteServed");
        pair(out, "As functions (the body in hand, no router on raw's side):", table, "raw", "flute");
        return out.toString();
    }

    private static void pair(
            StringBuilder out,
            String title,
            Map<String, Map<String, double[]>> table,
            String rawSide,
            String fluteSide) {
        var rows = table.entrySet().stream()
                .filter(row ->
                        row.getValue().containsKey(rawSide) || row.getValue().containsKey(fluteSide))
                .toList();
        if (rows.isEmpty()) return;
        if (out.length() > 0) out.append('\n');
        out.append(title).append("\n\n");
        out.append("| endpoint | raw ns/op | flute ns/op | flute/raw ns | raw B/op | flute B/op | flute/raw B/op |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        double[] none = {Double.NaN, Double.NaN};
        for (var row : rows) {
            double[] raw = row.getValue().getOrDefault(rawSide, none);
            double[] flute = row.getValue().getOrDefault(fluteSide, none);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %s | %.0f | %.0f | %s |\n",
                    row.getKey(),
                    raw[0],
                    flute[0],
                    ratio(flute[0], raw[0]),
                    raw[1],
                    flute[1],
                    ratio(flute[1], raw[1])));
        }
    }

    /** {@code a / b} to two decimals; "–" when {@code b} is (next to) nothing, as raw plaintext's constant buffer. */
    private static String ratio(double a, double b) {
        return b < 1 || Double.isNaN(a) || Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
