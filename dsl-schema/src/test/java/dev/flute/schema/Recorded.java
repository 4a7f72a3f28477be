package dev.flute.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/** FastAPI's documents for the apps under src/test/resources/fastapi/, recorded by hand. */
final class Recorded {
    private Recorded() {}

    /** FastAPI's document for src/test/resources/fastapi/NAME.py, recorded by hand. */
    static JsonNode probe(String name) {
        try (var in = Recorded.class.getResourceAsStream("/fastapi/" + name + ".openapi.json")) {
            if (in == null) throw new AssertionError("no recording fastapi/" + name + ".openapi.json");
            return Json.reader().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
