package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** Answers recorded from the real Pydantic (scripts in {@code dsl/src/build}), one dynamic test per case. */
final class RecordedCases {
    private RecordedCases() {}

    static Stream<DynamicTest> replay(
            String resource, Function<JsonNode, String> name, ThrowingConsumer<JsonNode> check) {
        JsonNode cases;
        try (InputStream in = RecordedCases.class.getResourceAsStream(resource)) {
            cases = Json.reader().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var tests = new ArrayList<DynamicTest>();
        for (JsonNode c : cases) tests.add(DynamicTest.dynamicTest(name.apply(c), () -> check.accept(c)));
        return tests.stream();
    }
}
