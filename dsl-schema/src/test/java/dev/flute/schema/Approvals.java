package dev.flute.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** The module's approved documents, under {@code src/test/resources/approved}. */
final class Approvals {
    private Approvals() {}

    private static final dev.flute.dsl.testing.Approvals APPROVED =
            dev.flute.dsl.testing.Approvals.in(Path.of("src", "test", "resources", "approved"), "json");

    static void verify(String name, JsonNode actual) {
        APPROVED.verify(name, OpenApi.prettyJson(actual));
    }

    static String diff(JsonNode expected, JsonNode actual) {
        return dev.flute.dsl.testing.Approvals.diff(OpenApi.prettyJson(expected), OpenApi.prettyJson(actual));
    }
}
