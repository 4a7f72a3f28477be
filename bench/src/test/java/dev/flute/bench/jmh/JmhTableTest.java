package dev.flute.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** JMH's JSON results as the README's tables. */
class JmhTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(String side, String endpoint, double ns, double bytes) {
        return """
                {"benchmark": "dev.flute.bench.jmh.EndpointBench.%s", "params": {"endpoint": "%s"},
                 "primaryMetric": {"score": %s},
                 "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s}}}"""
                .formatted(side, endpoint, ns, bytes);
    }

    private static JsonNode runs(String... runs) throws Exception {
        return JSON.readTree("[" + String.join(",", runs) + "]");
    }

    @Test
    void bothPairsWithFlutesRatioToRaw() throws Exception {
        String text = JmhTable.tables(runs(
                run("rawRouted", "json", 400, 1000),
                run("fluteServed", "json", 300, 500),
                run("raw", "json", 200, 800),
                run("flute", "json", 220, 400)));
        assertTrue(text.contains("As servers"), text);
        assertTrue(text.contains("| json | 400 | 300 | 0.75 | 1000 | 500 | 0.50 |"), text);
        assertTrue(text.contains("| json | 200 | 220 | 1.10 | 800 | 400 | 0.50 |"), text);
    }

    @Test
    void aPairNoRunMeasuredIsLeftOut() throws Exception {
        String text = JmhTable.tables(runs(run("raw", "items", 196, 824), run("flute", "items", 307, 704)));
        assertFalse(text.contains("As servers"), text);
        assertFalse(text.contains("NaN"), text);
        assertEquals(1, text.split("\\| items \\|", -1).length - 1, text);
    }

    @Test
    void otherBenchmarksAreLeftOutAndNothingIsNoRatio() throws Exception {
        String text = JmhTable.tables(runs(
                run("raw", "plaintext", 1.09, 0),
                run("flute", "plaintext", 107, 240),
                "{\"benchmark\": \"dev.flute.bench.jmh.ErrorWriterBench.flute\", \"params\": {\"errors\": \"1\"},"
                        + " \"primaryMetric\": {\"score\": 260}}"));
        // Raw's plaintext function hands back a constant buffer: 0 B, no ratio to it.
        assertTrue(text.contains("| plaintext | 1 | 107 | 98.17 | 0 | 240 | – |"), text);
        assertFalse(text.contains("ErrorWriter"), text);
    }
}
