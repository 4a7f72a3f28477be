package dev.flute.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemaValidatorTest {

    static final String ORDER =
            """
            {"$schema":"https://json-schema.org/draft/2020-12/schema",
             "type":"object",
             "required":["name","qty"],
             "additionalProperties":false,
             "properties":{
               "name":{"type":"string","minLength":2,"maxLength":5,"pattern":"^[a-z]+$"},
               "qty":{"type":"integer","minimum":1,"exclusiveMaximum":100},
               "price":{"type":"number","exclusiveMinimum":0,"multipleOf":0.5},
               "size":{"enum":["S","M","L"]},
               "note":{"anyOf":[{"type":"string","maxLength":3},{"type":"null"}]},
               "tags":{"type":"array","items":{"type":"string"},"maxItems":2},
               "id":{"type":"string","format":"uuid"}
             }}""";

    static String errors(List<ValidationError> errors) {
        return Json.write(errors.stream()
                .map(e -> new Object[] {e.type(), e.loc(), e.msg(), e.input(), e.ctx()})
                .toList());
    }

    @Test
    void should_accept_a_valid_document() {
        var v = JsonSchemaValidator.of(ORDER);
        assertEquals(
                List.of(),
                v.validate("{\"name\":\"abc\",\"qty\":3,\"price\":1.5,\"size\":\"M\",\"note\":null,\"tags\":[\"a\"],"
                        + "\"id\":\"a8098c1a-f86e-11da-bd1a-00112444be1e\"}"));
    }

    @Test
    void should_report_every_failure_in_fastapi_format_located_from_body() {
        var v = JsonSchemaValidator.of(ORDER);
        String json = "{\"name\":\"A\",\"qty\":100,\"price\":0.7,\"size\":\"XL\",\"note\":\"long\","
                + "\"tags\":[\"a\",2,\"c\"],\"id\":\"nope\",\"extra\":true}";
        var errors = v.validate(json);
        var byType = errors.stream().map(ValidationError::type).sorted().toList();
        assertEquals(
                List.of(
                        "enum",
                        "extra_forbidden",
                        "less_than",
                        "multiple_of",
                        "string_pattern_mismatch",
                        "string_too_long",
                        "string_too_short",
                        "string_type",
                        "too_long",
                        "uuid_parsing"),
                byType,
                errors(errors));
        var expected = List.of(
                new ValidationError(
                        "string_too_short",
                        List.of("body", "name"),
                        "String should have at least 2 characters",
                        "A",
                        java.util.Map.of("min_length", 2)),
                new ValidationError(
                        "less_than",
                        List.of("body", "qty"),
                        "Input should be less than 100",
                        100,
                        java.util.Map.of("lt", 100)),
                new ValidationError(
                        "enum",
                        List.of("body", "size"),
                        "Input should be 'S', 'M' or 'L'",
                        "XL",
                        java.util.Map.of("expected", "'S', 'M' or 'L'")),
                new ValidationError(
                        "string_too_long",
                        List.of("body", "note"),
                        "String should have at most 3 characters",
                        "long",
                        java.util.Map.of("max_length", 3)),
                new ValidationError(
                        "string_type", List.of("body", "tags", 1), "Input should be a valid string", 2, null),
                new ValidationError(
                        "extra_forbidden", List.of("body", "extra"), "Extra inputs are not permitted", true, null));
        for (var e : expected) assertTrue(errors.contains(e), "missing " + e + " in " + errors(errors));
    }

    @Test
    void should_name_the_missing_fields() {
        var errors = JsonSchemaValidator.of(ORDER).validate("{\"qty\":1}");
        assertEquals(List.of(ValidationError.missing(List.of("body", "name"), java.util.Map.of("qty", 1))), errors);
    }

    @Test
    void should_locate_failures_in_arrays_by_index_and_keys_that_look_like_numbers_by_name() {
        var v = JsonSchemaValidator.of(
                """
                {"type":"object","properties":{"0":{"type":"array","items":{"type":"object",
                  "properties":{"a/b":{"type":"integer"}}}}}}""");
        var errors = v.validate("{\"0\":[{\"a/b\":1},{\"a/b\":1.5}]}");
        assertEquals(1, errors.size(), errors(errors));
        assertEquals(List.of("body", "0", 1, "a/b"), errors.get(0).loc());
        assertEquals("int_from_float", errors.get(0).type());
    }

    @Test
    void should_report_malformed_json_with_its_offset() {
        var errors = JsonSchemaValidator.of(ORDER).validate("{\"name\": }");
        assertEquals(1, errors.size());
        assertEquals("json_invalid", errors.get(0).type());
        assertEquals(List.of("body", 9L), errors.get(0).loc());
        assertEquals("JSON decode error", errors.get(0).msg());
    }

    @Test
    void should_translate_2020_12_keywords_that_draft_7_spells_differently() {
        var tuple = JsonSchemaValidator.of(
                """
                {"type":"array","prefixItems":[{"type":"string"},{"type":"integer"}],"items":{"type":"boolean"}}""");
        assertEquals(List.of(), tuple.validate("[\"a\",1,true,false]"));
        assertEquals(List.of("body", 1), tuple.validate("[\"a\",\"b\"]").get(0).loc());
        assertEquals(List.of("body", 2), tuple.validate("[\"a\",1,3]").get(0).loc());

        var dependent =
                JsonSchemaValidator.of("""
                {"type":"object","dependentRequired":{"card":["cvv"]}}""");
        assertEquals(List.of(), dependent.validate("{\"cvv\":1}"));
        assertEquals(1, dependent.validate("{\"card\":1}").size());

        var refWithSiblings = JsonSchemaValidator.of(
                """
                {"$defs":{"Small":{"type":"integer","maximum":10}},
                 "type":"object","properties":{"n":{"$ref":"#/$defs/Small","minimum":5}}}""");
        assertEquals(List.of(), refWithSiblings.validate("{\"n\":7}"));
        assertEquals(
                "greater_than_equal",
                refWithSiblings.validate("{\"n\":3}").get(0).type());
        assertEquals(
                "less_than_equal", refWithSiblings.validate("{\"n\":11}").get(0).type());
    }

    @Test
    void should_refuse_keywords_it_cannot_check_and_remote_references() {
        var unevaluated = assertThrows(
                IllegalArgumentException.class,
                () -> JsonSchemaValidator.of("{\"properties\":{\"a\":{\"unevaluatedProperties\":false}}}"));
        assertTrue(
                unevaluated.getMessage().contains("unevaluatedProperties (at #/properties/a)"),
                unevaluated.getMessage());
        var remote = assertThrows(IllegalArgumentException.class, () -> JsonSchemaValidator.of(
                        "{\"$ref\":\"https://example.invalid/schema.json\"}")
                .validate("1"));
        assertTrue(remote.getMessage().contains("another document"), remote.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonSchemaValidator.of("[1]"));
    }

    @Test
    void should_not_rewrite_data_that_looks_like_keywords() {
        var v = JsonSchemaValidator.of("{\"const\":{\"prefixItems\":1,\"$schema\":\"2020-12\"}}");
        assertEquals(List.of(), v.validate("{\"prefixItems\":1,\"$schema\":\"2020-12\"}"));
        assertEquals("literal_error", v.validate("{}").get(0).type());
    }

    @Test
    void should_validate_against_generated_schemas_with_enum_definitions() {
        enum Size {
            S,
            M
        }
        var v = JsonSchemaValidator.of(
                JsonSchemas.document(dev.flute.dsl.Flute.listOf(dev.flute.dsl.Flute.enum_(Size.class))));
        assertEquals(List.of(), v.validate("[\"S\",\"M\"]"));
        var errors = v.validate("[\"S\",\"X\"]");
        assertEquals(List.of("body", 1), errors.get(0).loc());
        assertEquals("Input should be 'S' or 'M'", errors.get(0).msg());
    }

    @Test
    void a_dollar_in_a_pattern_is_the_end_of_the_text_as_in_json_schema() {
        var v = JsonSchemaValidator.of("{\"type\":\"string\",\"pattern\":\"^b$\"}");
        org.junit.jupiter.api.Assertions.assertTrue(v.validate("\"b\"").isEmpty());
        var errors = v.validate("\"b\\n\"");
        org.junit.jupiter.api.Assertions.assertEquals(1, errors.size(), errors.toString());
        org.junit.jupiter.api.Assertions.assertEquals(
                "String should match pattern '^b$'", errors.get(0).msg());
    }
}
