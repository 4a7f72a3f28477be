package dev.flute.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown table of an {@link EndpointBench} run: raw without and with its router beside Flute,
 * with Flute's ratio to each, from JMH's JSON results ({@code -rf json -rff results.json}, with
 * {@code -prof gc} for bytes per request).
 *
 * <pre>java -cp bench/target/bench.jar dev.flute.bench.jmh.JmhTable results.json</pre>
 */
public final class JmhTable {
    private JmhTable() {}

    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(new File(args[0]));
        // endpoint -> side -> [ns/op, B/op]
        Map<String, Map<String, double[]>> table = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            String benchmark = run.get("benchmark").asText();
            String side = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String endpoint = run.path("params").path("endpoint").asText();
            double ns = run.path("primaryMetric").path("score").asDouble();
            double bytes = run.path("secondaryMetrics")
                    .path("gc.alloc.rate.norm")
                    .path("score")
                    .asDouble(Double.NaN);
            table.computeIfAbsent(endpoint, e -> new LinkedHashMap<>()).put(side, new double[] {ns, bytes});
        }
        System.out.println(
                "| endpoint | raw ns/op | raw routed ns/op | flute ns/op | flute/raw ns | flute/raw routed ns"
                        + " | raw B/op | raw routed B/op | flute B/op | flute/raw B/op | flute/raw routed B/op |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double[] none = {Double.NaN, Double.NaN};
        for (var row : table.entrySet()) {
            double[] raw = row.getValue().getOrDefault("raw", none);
            double[] routed = row.getValue().getOrDefault("rawRouted", none);
            double[] flute = row.getValue().getOrDefault("flute", none);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.0f | %s | %s | %.0f | %.0f | %.0f | %s | %s |%n",
                    row.getKey(),
                    raw[0],
                    routed[0],
                    flute[0],
                    ratio(flute[0], raw[0]),
                    ratio(flute[0], routed[0]),
                    raw[1],
                    routed[1],
                    flute[1],
                    ratio(flute[1], raw[1]),
                    ratio(flute[1], routed[1]));
        }
    }

    /** {@code a / b} to two decimals; "–" when {@code b} is (next to) nothing, as raw plaintext's constant buffer. */
    private static String ratio(double a, double b) {
        return b < 1 || Double.isNaN(a) || Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
