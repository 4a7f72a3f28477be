package dev.flute.schema;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.types.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

    static JsonNode json(String text) throws Exception {
        return Json.reader().readTree(text);
    }

    static void renders(String expected, Type<?> type) throws Exception {
        JsonNode doc = JsonSchemas.document(type);
        assertEquals(json(expected), doc, Json.write(doc));
    }

    enum Size {
        S,
        M
    }

    enum Level {
        LOW,
        HIGH;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final class Other {
        enum Size {
            XS
        }
    }

    @Test
    void should_render_scalars_with_constraints_in_pydantic_order() throws Exception {
        String d = "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"";
        renders(
                "{" + d + ",\"type\":\"string\",\"minLength\":1,\"maxLength\":5,\"pattern\":\"^a\"}",
                str().pattern("^a").maxLength(5).minLength(1));
        renders(
                "{" + d + ",\"type\":\"integer\",\"multipleOf\":2,\"maximum\":10,\"exclusiveMinimum\":0}",
                int_().gt(0).le(10).multipleOf(2));
        renders(
                "{" + d + ",\"type\":\"integer\",\"minimum\":-5000000000,\"exclusiveMaximum\":5000000000}",
                long_().lt(5_000_000_000L).ge(-5_000_000_000L));
        renders(
                "{" + d + ",\"type\":\"number\",\"exclusiveMaximum\":1.5,\"minimum\":0.0}",
                double_().ge(0).lt(1.5));
        renders("{" + d + ",\"type\":\"boolean\"}", bool());
        renders("{" + d + ",\"type\":\"string\",\"format\":\"uuid\"}", uuid());
    }

    @Test
    void should_render_wrappers_defaults_and_metadata() throws Exception {
        String d = "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"";
        renders(
                "{" + d + ",\"anyOf\":[{\"type\":\"string\",\"maxLength\":3},{\"type\":\"null\"}]}",
                str().maxLength(3).optional());
        renders("{" + d + ",\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"null\"}]}", int_().nullable());
        renders(
                "{" + d + ",\"type\":\"integer\",\"default\":7,\"title\":\"Count\",\"description\":\"how many\","
                        + "\"examples\":[1,2],\"deprecated\":true}",
                int_().withDefault(7)
                        .title("Count")
                        .description("how many")
                        .examples(1, 2)
                        .deprecated());
        // A default of nothing is left out, as FastAPI leaves out every null.
        renders(
                "{" + d + ",\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]}",
                str().optional().withDefault(Optional.empty()));
        renders(
                "{" + d + ",\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}],\"default\":\"x\"}",
                str().optional().withDefault(Optional.of("x")));
        renders(
                "{" + d + ",\"type\":\"array\",\"items\":{\"type\":\"integer\",\"minimum\":0},\"uniqueItems\":true,"
                        + "\"default\":[]}",
                setOf(int_().ge(0)).withDefault(java.util.Set.of()));
    }

    @Test
    void should_put_enums_in_defs_and_refer_to_them() throws Exception {
        renders(
                """
                {"$schema":"https://json-schema.org/draft/2020-12/schema",
                 "type":"array","items":{"$ref":"#/$defs/Level"},"default":["low"],
                 "$defs":{"Level":{"type":"string","enum":["low","high"],"title":"Level"}}}""",
                listOf(enum_(Level.class, Level::wire)).withDefault(List.of(Level.LOW)));
    }

    @Test
    void should_name_colliding_schemas_by_their_classes_whatever_the_order() throws Exception {
        var defs = Definitions.forOpenApi();
        JsonNode a = JsonSchemas.schema(enum_(Size.class), defs);
        JsonNode b = JsonSchemas.schema(enum_(Other.Size.class), defs);
        JsonNode again = JsonSchemas.schema(enum_(Size.class), defs);
        var named = defs.resolve();
        var doc = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        doc.set("a", a);
        doc.set("b", b);
        doc.set("again", again);
        defs.link(doc);
        String mine = "dev__flute__schema__JsonSchemasTest__Size";
        String other = "dev__flute__schema__JsonSchemasTest__Other__Size";
        assertEquals(List.of(other, mine), List.copyOf(named.keySet()), "sorted by name");
        assertEquals("#/components/schemas/" + mine, doc.at("/a/$ref").asText());
        assertEquals("#/components/schemas/" + other, doc.at("/b/$ref").asText());
        assertEquals("#/components/schemas/" + mine, doc.at("/again/$ref").asText());
        // The title stays the class's simple name, as Pydantic writes it.
        assertEquals("Size", named.get(other).get("title").asText());

        // One enum class read two ways is two schemas: the second gets a suffix.
        var twice = Definitions.forOpenApi();
        JsonSchemas.schema(enum_(Level.class), twice);
        JsonSchemas.schema(enum_(Level.class, Level::wire), twice);
        assertEquals(
                List.of("dev__flute__schema__JsonSchemasTest__Level", "dev__flute__schema__JsonSchemasTest__Level_2"),
                List.copyOf(twice.resolve().keySet()));
    }

    @Test
    void should_keep_reserved_names_for_fixed_schemas() {
        var defs = Definitions.forOpenApi();
        defs.reserve(
                "Size",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()
                        .put("type", "object"));
        JsonSchemas.schema(enum_(Size.class), defs);
        assertEquals(
                List.of("Size", "dev__flute__schema__JsonSchemasTest__Size"),
                List.copyOf(defs.resolve().keySet()));
        var conflicting = Definitions.forOpenApi();
        conflicting.reserve(
                "X",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()
                        .put("type", "object"));
        assertThrows(
                IllegalStateException.class,
                () -> conflicting.reserve(
                        "X",
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                .objectNode()
                                .put("type", "string")));
    }

    public record Leaf(String value) {}

    public record Tree(String name, List<Leaf> leaves, Leaf first) {}

    @Test
    void should_render_a_model_as_its_document_with_nested_models_in_defs() throws Exception {
        renders(
                """
                {"$schema":"https://json-schema.org/draft/2020-12/schema",
                 "properties":{
                   "name":{"type":"string","title":"Name"},
                   "leaves":{"type":"array","items":{"$ref":"#/$defs/Leaf"},"title":"Leaves"},
                   "first":{"anyOf":[{"$ref":"#/$defs/Leaf"},{"type":"null"}],"description":"the first leaf"}},
                 "type":"object","required":["name","leaves"],"title":"Tree","description":"A tree",
                 "$defs":{"Leaf":{
                   "properties":{"value":{"type":"string","title":"Value"}},
                   "type":"object","required":["value"],"title":"Leaf"}}}""",
                model(Tree.class)
                        .description("A tree")
                        .field("first", model(Leaf.class).nullable().description("the first leaf")));
    }

    @Test
    void should_write_values_as_the_wire_does() {
        assertEquals("\"high\"", Json.write(JsonSchemas.value(enum_(Level.class, Level::wire), Level.HIGH)));
        assertEquals("null", Json.write(JsonSchemas.value(str().optional(), Optional.empty())));
        assertEquals("\"x\"", Json.write(JsonSchemas.value(str().optional(), Optional.of("x"))));
        assertEquals(
                "[\"low\"]",
                Json.write(JsonSchemas.value(listOf(enum_(Level.class, Level::wire)), List.of(Level.LOW))));
    }
}
