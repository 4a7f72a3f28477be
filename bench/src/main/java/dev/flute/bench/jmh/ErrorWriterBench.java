package dev.flute.bench.jmh;

import dev.flute.bench.raw.Errors;
import dev.flute.bench.raw.RawEndpoints;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.internal.JsonBuffers;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The 422 body alone, as the errors curve sends it ({@code ?q=x} repeated, each value an
 * {@code int_parsing} error): Flute's declared detail writer against the raw server's hand-written
 * one, on the same errors. It separates the writer's own cost from what a server around it changes
 * (the curve's 100-error point, bench/README's seventh pass).
 *
 * <pre>java -jar bench/target/bench.jar jmh ErrorWriterBench -prof gc</pre>
 */
public class ErrorWriterBench extends PerRequestBench {
    private static final String MESSAGE = "Input should be a valid integer, unable to parse string as an integer";

    @Param({"1", "10", "100"})
    public int errors;

    private List<ValidationError> fluteErrors;
    private Errors rawErrors;

    /** The same errors on both sides, each input a string of its own as a parsed query gives it; the same bytes out. */
    @Setup
    public void setUp() {
        fluteErrors = new ArrayList<>(errors);
        rawErrors = new Errors();
        for (int i = 0; i < errors; i++) {
            String input = new String(new char[] {'x'});
            fluteErrors.add(new ValidationError("int_parsing", List.of("query", "q", i), MESSAGE, input, null));
            rawErrors.intParsing(new Object[] {"query", "q", i}, input, null);
        }
        if (!flute().equals(raw())) {
            throw new IllegalStateException("the two writers differ:\n" + flute() + "\n" + raw());
        }
    }

    @Benchmark
    public Buffer flute() {
        return JsonBuffers.detail(fluteErrors);
    }

    @Benchmark
    public Buffer raw() {
        return rawErrors.toBuffer(RawEndpoints.MAPPER);
    }
}
