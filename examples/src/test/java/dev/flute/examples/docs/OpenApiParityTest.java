package dev.flute.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.testing.Approvals;
import dev.flute.examples.Example;
import dev.flute.examples.Examples;
import dev.flute.schema.OpenApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each example's OpenAPI document equals the one FastAPI 0.115 served for the Python original (the
 * {@code /openapi.json} case of {@code wire/NAME.json}), member for member: key order aside, and
 * numbers compared by value (Pydantic writes some integer bounds as floats, {@code 0.0}; a client
 * reads the same number). Where Flute documents differently on purpose, the difference is listed
 * with its reason in {@code openapi-deviations.json}: each entry names the member (a JSON pointer
 * into FastAPI's document), the value FastAPI has there and the one Flute has, and must still apply.
 */
class OpenApiParityTest {
    private static final Path WIRE = Path.of("src", "test", "resources", "wire");

    @TestFactory
    Stream<DynamicTest> every_recorded_example_documents_itself_as_fastapi_does() {
        JsonNode deviations = deviations();
        var tests = new ArrayList<DynamicTest>();
        for (Example example : Examples.ALL) {
            Optional<JsonNode> recorded = recorded(example.name());
            if (recorded.isEmpty()) continue;
            tests.add(DynamicTest.dynamicTest(example.name(), () -> {
                JsonNode expected = withDeviations(example.name(), recorded.get(), deviations.path(example.name()));
                JsonNode actual = OpenApi.of(example.api().get()).document();
                assertSameDocument(example.name(), expected, actual);
            }));
        }
        assertFalse(tests.isEmpty(), "no example has a recorded /openapi.json");
        return tests.stream();
    }

    /** A recording or a deviation under a name no example has would be skipped in silence. */
    @Test
    void every_recording_and_deviation_names_a_registered_example() throws IOException {
        var unknown = new TreeSet<String>();
        try (Stream<Path> files = Files.list(WIRE)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (recorded(name).isPresent() && Examples.named(name).isEmpty()) unknown.add("wire/" + name);
            }
        }
        deviations().fieldNames().forEachRemaining(name -> {
            if (Examples.named(name).isEmpty() || recorded(name).isEmpty()) unknown.add("deviation " + name);
        });
        assertEquals(
                new TreeSet<String>(), unknown, "recorded or deviating, but no registered example with a recording");
    }

    /** The comparison itself must see a difference: a changed member, a missing one, a number's value. */
    @Test
    void the_comparison_tells_documents_apart() {
        JsonNode a = tree("{\"a\":{\"minimum\":0.0,\"b\":[1,2]},\"c\":\"x\"}");
        assertSameDocument("same", a, tree("{\"c\":\"x\",\"a\":{\"b\":[1,2],\"minimum\":0}}"));
        for (String other : List.of(
                "{\"a\":{\"minimum\":0.5,\"b\":[1,2]},\"c\":\"x\"}",
                "{\"a\":{\"minimum\":0,\"b\":[2,1]},\"c\":\"x\"}",
                "{\"a\":{\"minimum\":0,\"b\":[1,2]}}",
                "{\"a\":{\"minimum\":0,\"b\":[1,2]},\"c\":\"x\",\"d\":null}")) {
            AssertionError failure = null;
            try {
                assertSameDocument("other", a, tree(other));
            } catch (AssertionError expected) {
                failure = expected;
            }
            assertTrue(failure != null && failure.getMessage().contains("- FastAPI, + Flute"), other);
        }
    }

    @Test
    void a_deviation_must_still_apply() {
        JsonNode doc = tree("{\"p\":[{\"name\":\"save_data\"}]}");
        JsonNode applies =
                tree("[{\"path\":\"/p/0/name\",\"fastapi\":\"save_data\",\"flute\":\"save-data\",\"why\":\"w\"}]");
        assertEquals(tree("{\"p\":[{\"name\":\"save-data\"}]}"), withDeviations("t", doc, applies));
        JsonNode stale = tree("[{\"path\":\"/p/0/name\",\"fastapi\":\"other\",\"flute\":\"save-data\",\"why\":\"w\"}]");
        assertTrue(assertThrowsAssertion(() -> withDeviations("t", doc, stale)).contains("no longer applies"));
        JsonNode noReason = tree("[{\"path\":\"/p/0/name\",\"fastapi\":\"save_data\",\"flute\":\"x\"}]");
        assertTrue(
                assertThrowsAssertion(() -> withDeviations("t", doc, noReason)).contains("reason"));
    }

    // ---- the comparison ---------------------------------------------------------------------

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
            (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    static void assertSameDocument(String name, JsonNode expected, JsonNode actual) {
        // ObjectNode equality ignores member order, as a client does; the diff makes a failure readable.
        if (!expected.equals(NUMBERS_BY_VALUE, actual)) {
            fail(name + " differs from FastAPI's document (- FastAPI, + Flute), members sorted:\n"
                    + Approvals.diff(OpenApi.prettyJson(sorted(expected)), OpenApi.prettyJson(sorted(actual))));
        }
    }

    /** The same tree with every object's members in name order, so a diff shows content, not order. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            var names = new TreeSet<String>();
            node.fieldNames().forEachRemaining(names::add);
            for (String n : names) out.set(n, sorted(node.get(n)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode child : node) out.add(sorted(child));
            return out;
        }
        return node;
    }

    // ---- recordings and deviations ----------------------------------------------------------

    /** The document FastAPI served at /openapi.json for the original of {@code example}, if recorded. */
    static Optional<JsonNode> recorded(String example) {
        try (InputStream in = OpenApiParityTest.class.getResourceAsStream("/wire/" + example + ".json")) {
            if (in == null) return Optional.empty();
            for (JsonNode c : Json.reader().readTree(in)) {
                if ("/openapi.json".equals(c.path("request").path("path").asText())
                        && c.path("response").path("status").asInt() == 200) {
                    return Optional.of(c.path("response").path("json"));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode deviations() {
        try (InputStream in = OpenApiParityTest.class.getResourceAsStream("/openapi-deviations.json")) {
            if (in == null) throw new AssertionError("no openapi-deviations.json on the test classpath");
            return Json.reader().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * FastAPI's document with Flute's deliberate differences applied. Each change says where
     * ({@code path}, a JSON pointer), what FastAPI has there ({@code fastapi}; absent: nothing), what
     * Flute has ({@code flute}; absent: nothing) and why; one that no longer matches the recording fails.
     */
    static JsonNode withDeviations(String example, JsonNode recorded, JsonNode changes) {
        JsonNode doc = recorded.deepCopy();
        for (JsonNode change : changes) {
            String where = example + " " + change.path("path").asText();
            if (change.path("why").asText("").isBlank())
                throw new AssertionError(where + ": a deviation needs a reason");
            JsonPointer pointer = JsonPointer.compile(change.path("path").asText());
            JsonNode parent = doc.at(pointer.head());
            JsonNode current = doc.at(pointer);
            JsonNode fastapi = change.get("fastapi");
            boolean matches = fastapi == null ? current.isMissingNode() : fastapi.equals(NUMBERS_BY_VALUE, current);
            if (!matches || !(parent.isObject() || parent.isArray())) {
                throw new AssertionError(where + ": the deviation no longer applies: FastAPI's document has "
                        + (current.isMissingNode() ? "nothing" : current) + " there, not " + fastapi);
            }
            JsonNode flute = change.get("flute");
            if (parent instanceof ObjectNode object) {
                String key = pointer.last().getMatchingProperty();
                if (flute == null) object.remove(key);
                else object.set(key, flute.deepCopy());
            } else {
                ArrayNode array = (ArrayNode) parent;
                int index = pointer.last().getMatchingIndex();
                if (flute == null) array.remove(index);
                else if (fastapi == null) array.insert(index, flute.deepCopy());
                else array.set(index, flute.deepCopy());
            }
        }
        return doc;
    }

    private static JsonNode tree(String json) {
        try {
            return Json.reader().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String assertThrowsAssertion(Runnable run) {
        try {
            run.run();
        } catch (AssertionError expected) {
            return expected.getMessage();
        }
        throw new AssertionError("expected a failure");
    }
}
