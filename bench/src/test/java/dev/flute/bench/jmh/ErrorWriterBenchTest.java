package dev.flute.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both writers answer the benchmark's errors with the same bytes (its setup throws otherwise); JMH never runs in the build. */
class ErrorWriterBenchTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100})
    void bothWritersWriteTheSameBytes(int errors) {
        ErrorWriterBench bench = new ErrorWriterBench();
        bench.errors = errors;
        bench.setUp();
        String body = bench.flute().toString();
        assertEquals(body, bench.raw().toString());
        assertTrue(body.startsWith("{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"query\",\"q\",0]"), body);
        assertEquals(errors, body.split("\"int_parsing\"", -1).length - 1, body);
    }
}
