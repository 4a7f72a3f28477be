package dev.flute.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.AbstractType;
import dev.flute.dsl.types.Invalid;
import dev.flute.dsl.types.JsonKind;
import dev.flute.dsl.types.Loc;
import dev.flute.dsl.types.Meta;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A value checked against a JSON Schema document the application supplies, rather than described
 * with Flute's types: use it as a body, and the handler receives the JSON as validated. Failures are
 * FastAPI's 422 entries (see {@link JsonSchemaValidator}); the document shows the schema as given.
 *
 * <pre>{@code
 * static final JsonSchemaType ORDER = JsonSchemaType.of(Files.readString(Path.of("order.schema.json")));
 *
 * route(POST, "/orders").param(body("order", ORDER)).handle(order -> Map.of("qty", order.get("qty")));
 * }</pre>
 */
public final class JsonSchemaType extends AbstractType<JsonNode, JsonSchemaType> {
    private final JsonSchemaValidator validator;

    private JsonSchemaType(Meta meta, JsonSchemaValidator validator) {
        super(meta);
        this.validator = validator;
    }

    /** The type of values valid against the schema document in {@code schemaJson}. */
    public static JsonSchemaType of(String schemaJson) {
        return new JsonSchemaType(Meta.NONE, JsonSchemaValidator.of(schemaJson));
    }

    /** The type of values valid against a schema document. */
    public static JsonSchemaType of(JsonNode schema) {
        return new JsonSchemaType(Meta.NONE, JsonSchemaValidator.of(schema));
    }

    /** The schema document as given. */
    public ObjectNode schema() {
        return validator.schema();
    }

    @Override
    protected JsonSchemaType withMeta(Meta meta) {
        return new JsonSchemaType(meta, validator);
    }

    /** The JSON as validated. */
    @Override
    public Class<JsonNode> javaType() {
        return JsonNode.class;
    }

    @Override
    public String toString() {
        return "JsonSchemaType.of(...)";
    }

    /** The schema's {@code type} when it names one, else any. */
    @Override
    public JsonKind kind() {
        JsonNode type = validator.schema().get("type");
        if (type == null || !type.isTextual()) return JsonKind.ANY;
        try {
            return JsonKind.valueOf(type.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return JsonKind.ANY;
        }
    }

    @Override
    public JsonNode fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        var found = validator.validate(node, loc.toList());
        if (found.isEmpty()) return node;
        errors.addAll(found);
        return null;
    }

    /** Text (a query value, a header) is checked as a JSON string. */
    @Override
    public JsonNode fromText(String raw) {
        JsonNode value = JsonNodeFactory.instance.textNode(raw);
        var found = validator.validate(value, List.of());
        if (found.isEmpty()) return value;
        ValidationError first = found.get(0);
        throw new Invalid(first.type(), first.msg(), first.ctx() == null ? null : Map.copyOf(first.ctx()));
    }
}
