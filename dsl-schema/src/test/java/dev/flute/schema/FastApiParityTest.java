package dev.flute.schema;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The documents of hand-recorded FastAPI apps (src/test/resources/fastapi/NAME.py, whose
 * NAME.openapi.json FastAPI 0.115 published) equal those of their Flute twins in
 * {@link FastApiExamples}, member for member, key order aside. They cover what the seed tour's
 * examples do not; the examples are checked against their own recordings in the examples module.
 */
class FastApiParityTest {

    @Test
    void should_document_parameter_metadata_enums_sets_and_extra_responses_as_fastapi() throws Exception {
        compare(
                "probe",
                Recorded.probe("probe"),
                OpenApi.of(FastApiExamples.probe()).document());
    }

    /**
     * Forms and files, form and parameter models, literals, decimals read and written (the
     * {@code -Input}/{@code -Output} pair), body examples, security schemes from dependencies at
     * every level, and a WebSocket route left out.
     */
    @Test
    void should_document_forms_files_param_models_decimals_examples_and_security_as_fastapi() {
        compare(
                "inputs",
                Recorded.probe("inputs"),
                OpenApi.of(FastApiExamples.inputs()).document());
    }

    /**
     * Pydantic writes some integer bounds as floats ({@code "minimum": 0.0} for {@code Field(ge=0)} on
     * an int); a client reads the same number, so this comparison is by numeric value.
     */
    @Test
    void should_document_models_bodies_and_response_models_as_fastapi() throws Exception {
        compare(
                "models",
                Recorded.probe("models"),
                OpenApi.of(FastApiExamples.models()).document());
    }

    /**
     * Pydantic writes some bounds as floats ({@code "minimum": 0.0} for {@code Field(ge=0)} on an int
     * or a decimal); a client reads the same number, so numbers compare by value.
     */
    private static void compare(String name, JsonNode expected, JsonNode actual) {
        java.util.Comparator<JsonNode> numbersByValue = (a, b) ->
                a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        // ObjectNode equality ignores member order, as a client does; the diff makes a failure readable.
        if (!expected.equals(numbersByValue, actual)) {
            fail(name + " differs from FastAPI's document (- FastAPI, + Flute), members sorted:\n"
                    + Approvals.diff(sorted(expected), sorted(actual)));
        }
    }

    /** The same tree with every object's members in name order, so a diff shows content, not order. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            var names = new java.util.TreeSet<String>();
            node.fieldNames().forEachRemaining(names::add);
            for (String n : names) out.set(n, sorted(node.get(n)));
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode child : node) out.add(sorted(child));
            return out;
        }
        return node;
    }
}
