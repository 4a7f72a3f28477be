package dev.flute.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.types.Invalid;
import dev.flute.dsl.types.UuidType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Validates JSON against a JSON Schema document the application supplies, reporting failures as
 * FastAPI's 422 entries ({@code type}, {@code loc}, {@code msg}, {@code input}, {@code ctx}) with
 * {@code loc} starting at {@code "body"}. The validation is Everit's (draft 7); the document may be
 * written for 2020-12, which is translated where draft 7 can say the same thing:
 *
 * <ul>
 *   <li>{@code $schema} of 2019-09 or 2020-12 is dropped (Everit refuses those URIs);
 *   <li>{@code prefixItems} + {@code items} become draft 7's {@code items} array + {@code additionalItems};
 *   <li>{@code dependentRequired} / {@code dependentSchemas} become {@code dependencies};
 *   <li>a {@code $ref} with sibling keywords becomes {@code allOf [$ref]} plus the siblings (draft 7
 *       would ignore the siblings);
 *   <li>format {@code uuid} is checked (as Flute's {@code uuid()} type reads it).
 * </ul>
 *
 * Keywords draft 7 cannot express ({@code unevaluatedProperties}, {@code $dynamicRef}, ...) are
 * refused when the validator is built, rather than silently ignored. References to other documents
 * ({@code "$ref": "https://..."}) are refused too: validation never opens a connection.
 *
 * <pre>{@code
 * JsonSchemaValidator order = JsonSchemaValidator.of("""
 *     {"type":"object","required":["qty"],"properties":{"qty":{"type":"integer","minimum":1}}}""");
 * order.validate("{\"qty\":0}");
 * // [ValidationError[type=greater_than_equal, loc=[body, qty], msg=Input should be greater than or
 * //  equal to 1, input=0, ctx={ge=1}]]
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class JsonSchemaValidator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> UNSUPPORTED = Set.of(
            "unevaluatedProperties",
            "unevaluatedItems",
            "$dynamicRef",
            "$dynamicAnchor",
            "$recursiveRef",
            "$recursiveAnchor",
            "$anchor",
            "minContains",
            "maxContains");
    private static final Set<String> SCHEMA_MAPS =
            Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
    private static final Set<String> SCHEMA_VALUES = Set.of(
            "additionalProperties",
            "additionalItems",
            "propertyNames",
            "contains",
            "not",
            "if",
            "then",
            "else",
            "items");
    private static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final UuidType UUID = new UuidType();
    private static final Validator VALIDATOR = Validator.builder().build();

    private final ObjectNode schema;
    private final Schema everit;

    private JsonSchemaValidator(ObjectNode schema, Schema everit) {
        this.schema = schema;
        this.everit = everit;
    }

    /** A validator for the schema document in {@code schemaJson}. */
    public static JsonSchemaValidator of(String schemaJson) {
        try {
            return of(Json.reader().readTree(schemaJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the schema is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A validator for a schema document. */
    public static JsonSchemaValidator of(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            throw new IllegalArgumentException("a JSON Schema document is an object, not " + schema.getNodeType());
        }
        JsonNode draft7 = toDraft7(object.deepCopy(), "#");
        SchemaLoader loader = SchemaLoader.builder()
                .draftV7Support()
                .schemaJson(new JSONObject(new JSONTokener(Json.write(draft7))))
                .schemaClient(url -> {
                    throw new IllegalArgumentException(
                            "the schema refers to another document (" + url + "); put what it needs under $defs");
                })
                .addFormatValidator("uuid", JsonSchemaValidator::uuid)
                .regexpFactory(EcmaPattern::of)
                .build();
        try {
            return new JsonSchemaValidator(object.deepCopy(), loader.load().build());
        } catch (org.everit.json.schema.SchemaException e) {
            throw new IllegalArgumentException("invalid JSON Schema: " + e.getMessage(), e);
        }
    }

    /** The schema document as given, to document the body it validates. */
    public ObjectNode schema() {
        return schema.deepCopy();
    }

    /**
     * Reads and validates a JSON text. Text that is not JSON gives one {@code json_invalid} error
     * located at its character offset, as FastAPI reports it.
     */
    public List<ValidationError> validate(String json) {
        JsonNode value;
        try {
            value = Json.reader().readTree(json);
        } catch (JsonProcessingException e) {
            long offset =
                    e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put("error", e.getOriginalMessage());
            return List.of(
                    new ValidationError("json_invalid", List.of("body", offset), "JSON decode error", Map.of(), ctx));
        }
        if (value == null || value.isMissingNode()) {
            return List.of(ValidationError.missing(List.of("body"), null));
        }
        return validate(value);
    }

    /** Validates a JSON value; every failure is reported, each located from {@code "body"}. */
    public List<ValidationError> validate(JsonNode value) {
        return validate(value, List.of("body"));
    }

    /** Validates a JSON value; every failure is reported, each located from {@code locPrefix}. */
    public List<ValidationError> validate(JsonNode value, List<Object> locPrefix) {
        Object subject = new JSONTokener(Json.write(integral(value))).nextValue();
        try {
            VALIDATOR.performValidation(everit, subject);
            return List.of();
        } catch (ValidationException e) {
            var out = new ArrayList<ValidationError>();
            collect(e, value, locPrefix, out);
            return List.copyOf(out);
        }
    }

    /**
     * The instance with every whole number written as an integer ({@code 2.0} → {@code 2}). JSON
     * Schema counts {@code 2.0} as an integer, as Pydantic and Flute do; Everit alone refuses it, so
     * it is shown the number in the form it accepts. Errors still quote the original.
     */
    private static JsonNode integral(JsonNode value) {
        if (value.isFloatingPointNumber()) {
            if (value.isDouble() || value.isFloat()) {
                double d = value.doubleValue();
                if (!Double.isFinite(d) || d != Math.rint(d)) return value;
            }
            BigDecimal exact = value.decimalValue();
            if (exact.signum() == 0) return NODES.numberNode(0);
            BigDecimal stripped = exact.stripTrailingZeros();
            if (stripped.scale() > 0 || stripped.precision() - stripped.scale() > 1000) return value;
            return NODES.numberNode(stripped.toBigIntegerExact());
        }
        if (value.isArray()) {
            ArrayNode out = NODES.arrayNode(value.size());
            for (JsonNode item : value) out.add(integral(item));
            return out;
        }
        if (value.isObject()) {
            ObjectNode out = NODES.objectNode();
            value.fields().forEachRemaining(f -> out.set(f.getKey(), integral(f.getValue())));
            return out;
        }
        return value;
    }

    // ---- from Everit's failures to FastAPI's -----------------------------------------------------

    /** Walks Everit's tree of failures to its leaves; a nullable's "is not null" branch is noise. */
    private static void collect(ValidationException e, JsonNode root, List<Object> prefix, List<ValidationError> out) {
        List<ValidationException> causes = e.getCausingExceptions();
        if (causes.isEmpty()) {
            out.add(leaf(e, root, prefix));
            return;
        }
        List<ValidationException> kept = causes;
        if ("anyOf".equals(e.getKeyword()) || "oneOf".equals(e.getKeyword())) {
            kept = causes.stream()
                    .filter(c -> !(c.getViolatedSchema() instanceof NullSchema))
                    .toList();
            if (kept.isEmpty()) kept = causes;
        }
        for (ValidationException c : kept) collect(c, root, prefix, out);
    }

    private static ValidationError leaf(ValidationException e, JsonNode root, List<Object> prefix) {
        var loc = new ArrayList<Object>(prefix);
        JsonNode at = locate(root, e.getPointerToViolation(), loc);
        Object input = toJava(at);
        Schema schema = e.getViolatedSchema();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "type":
                return typeError(schema, loc, at, input);
            case "required": {
                String key = bracketed(e.getErrorMessage(), "required key \\[(.*)\\] not found");
                if (key != null) loc.add(key);
                return ValidationError.missing(loc, input);
            }
            case "additionalProperties": {
                String key = bracketed(e.getErrorMessage(), "extraneous key \\[(.*)\\] is not permitted");
                if (key != null) {
                    loc.add(key);
                    input = toJava(at.get(key));
                }
                return new ValidationError("extra_forbidden", loc, "Extra inputs are not permitted", input, null);
            }
            case "minLength":
                if (schema instanceof StringSchema s && s.getMinLength() != null) {
                    int n = s.getMinLength();
                    return new ValidationError(
                            "string_too_short",
                            loc,
                            "String should have at least " + n + " character" + (n == 1 ? "" : "s"),
                            input,
                            ctx("min_length", n));
                }
                break;
            case "maxLength":
                if (schema instanceof StringSchema s && s.getMaxLength() != null) {
                    int n = s.getMaxLength();
                    return new ValidationError(
                            "string_too_long",
                            loc,
                            "String should have at most " + n + " character" + (n == 1 ? "" : "s"),
                            input,
                            ctx("max_length", n));
                }
                break;
            case "pattern":
                if (schema instanceof StringSchema s && s.getPattern() != null) {
                    String p = s.getPattern().toString();
                    return new ValidationError(
                            "string_pattern_mismatch",
                            loc,
                            "String should match pattern '" + p + "'",
                            input,
                            ctx("pattern", p));
                }
                break;
            case "minimum":
                if (schema instanceof NumberSchema n && n.getMinimum() != null) {
                    return bound("greater_than_equal", "greater than or equal to", "ge", n.getMinimum(), loc, input);
                }
                break;
            case "exclusiveMinimum":
                if (schema instanceof NumberSchema n && n.getExclusiveMinimumLimit() != null) {
                    return bound("greater_than", "greater than", "gt", n.getExclusiveMinimumLimit(), loc, input);
                }
                break;
            case "maximum":
                if (schema instanceof NumberSchema n && n.getMaximum() != null) {
                    return bound("less_than_equal", "less than or equal to", "le", n.getMaximum(), loc, input);
                }
                break;
            case "exclusiveMaximum":
                if (schema instanceof NumberSchema n && n.getExclusiveMaximumLimit() != null) {
                    return bound("less_than", "less than", "lt", n.getExclusiveMaximumLimit(), loc, input);
                }
                break;
            case "multipleOf":
                if (schema instanceof NumberSchema n && n.getMultipleOf() != null) {
                    return bound("multiple_of", "a multiple of", "multiple_of", n.getMultipleOf(), loc, input);
                }
                break;
            case "minItems":
                if (schema instanceof ArraySchema a && a.getMinItems() != null) {
                    int n = a.getMinItems();
                    return new ValidationError(
                            "too_short",
                            loc,
                            "List should have at least " + n + " item" + (n == 1 ? "" : "s") + " after validation, not "
                                    + at.size(),
                            input,
                            lengthCtx("min_length", n, at.size()));
                }
                break;
            case "maxItems":
                if (schema instanceof ArraySchema a && a.getMaxItems() != null) {
                    int n = a.getMaxItems();
                    return new ValidationError(
                            "too_long",
                            loc,
                            "List should have at most " + n + " item" + (n == 1 ? "" : "s") + " after validation, not "
                                    + at.size(),
                            input,
                            lengthCtx("max_length", n, at.size()));
                }
                break;
            case "enum":
                if (schema instanceof EnumSchema en) {
                    String expected = expected(en.getPossibleValuesAsList());
                    return new ValidationError(
                            "enum", loc, "Input should be " + expected, input, ctx("expected", expected));
                }
                break;
            case "const":
                if (schema instanceof ConstSchema c) {
                    String expected = python(c.getPermittedValue());
                    return new ValidationError(
                            "literal_error", loc, "Input should be " + expected, input, ctx("expected", expected));
                }
                break;
            case "format":
                if (schema instanceof StringSchema s
                        && s.getFormatValidator() != null
                        && "uuid".equals(s.getFormatValidator().formatName())) {
                    return new ValidationError("uuid_parsing", loc, e.getErrorMessage(), input, null);
                }
                break;
            default:
                break;
        }
        return new ValidationError(
                "value_error", loc, "Value error, " + e.getErrorMessage(), input, ctx("error", e.getErrorMessage()));
    }

    private static ValidationError typeError(Schema schema, List<Object> loc, JsonNode at, Object input) {
        if (schema instanceof StringSchema) {
            return new ValidationError("string_type", loc, "Input should be a valid string", input, null);
        }
        if (schema instanceof NumberSchema n && n.requiresInteger()) {
            if (at.isNumber()) {
                return new ValidationError(
                        "int_from_float",
                        loc,
                        "Input should be a valid integer, got a number with a fractional part",
                        input,
                        null);
            }
            return new ValidationError("int_type", loc, "Input should be a valid integer", input, null);
        }
        if (schema instanceof NumberSchema) {
            return new ValidationError("float_type", loc, "Input should be a valid number", input, null);
        }
        if (schema instanceof BooleanSchema) {
            return new ValidationError("bool_type", loc, "Input should be a valid boolean", input, null);
        }
        if (schema instanceof ArraySchema) {
            return new ValidationError("list_type", loc, "Input should be a valid list", input, null);
        }
        if (schema instanceof ObjectSchema) {
            return new ValidationError("dict_type", loc, "Input should be a valid dictionary", input, null);
        }
        if (schema instanceof NullSchema) {
            return new ValidationError("none_required", loc, "Input should be None", input, null);
        }
        return new ValidationError("type_error", loc, "Input should be of another type", input, null);
    }

    /**
     * Follows a JSON pointer ({@code #/items/0/name}) through the instance, adding each step to
     * {@code loc}: a step into an array is its integer index, as in Pydantic's locations.
     */
    private static JsonNode locate(JsonNode root, String pointer, List<Object> loc) {
        JsonNode at = root;
        if (pointer == null || pointer.equals("#") || pointer.isEmpty()) return at;
        String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        for (String raw : path.substring(1).split("/", -1)) {
            String step = raw.replace("~1", "/").replace("~0", "~");
            if (at != null && at.isArray()) {
                int index = Integer.parseInt(step);
                loc.add(index);
                at = at.get(index);
            } else {
                loc.add(step);
                at = at == null ? null : at.get(step);
            }
        }
        return at;
    }

    private static ValidationError bound(
            String type, String words, String key, Number limit, List<Object> loc, Object input) {
        return new ValidationError(
                type, loc, "Input should be " + words + " " + display(limit), input, ctx(key, limit));
    }

    private static Map<String, Object> ctx(String key, Object value) {
        Map<String, Object> ctx = new LinkedHashMap<>(2);
        ctx.put(key, value);
        return ctx;
    }

    private static Map<String, Object> lengthCtx(String key, int limit, int actual) {
        Map<String, Object> ctx = new LinkedHashMap<>(4);
        ctx.put("field_type", "List");
        ctx.put(key, limit);
        ctx.put("actual_length", actual);
        return ctx;
    }

    /** A bound as Python prints it: {@code 1}, {@code 0.5}, {@code 10.0}. */
    private static String display(Number n) {
        if (n instanceof BigDecimal b) return b.scale() <= 0 ? b.toBigInteger().toString() : b.toPlainString();
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e16 ? String.valueOf((long) d) + ".0" : String.valueOf(d);
        }
        return n.toString();
    }

    /** Pydantic's wording of choices: {@code 'a', 'b' or 'c'}. */
    private static String expected(List<Object> values) {
        var quoted = values.stream().map(JsonSchemaValidator::python).toList();
        if (quoted.size() == 1) return quoted.get(0);
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    private static String python(Object value) {
        if (value instanceof String s) return "'" + s + "'";
        if (value == JSONObject.NULL || value == null) return "None";
        if (value instanceof Boolean b) return b ? "True" : "False";
        if (value instanceof Number n) return display(n);
        return String.valueOf(value);
    }

    private static String bracketed(String message, String regex) {
        if (message == null) return null;
        Matcher m = Pattern.compile(regex).matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static Object toJava(JsonNode node) {
        if (node == null) return null;
        try {
            return Json.reader().treeToValue(node, Object.class);
        } catch (IOException e) {
            return node.toString();
        }
    }

    private static Optional<String> uuid(String value) {
        try {
            var unused = UUID.fromText(value); // read only to be checked: it throws when invalid
            return Optional.empty();
        } catch (Invalid invalid) {
            return Optional.of(invalid.msg());
        }
    }

    // ---- from 2020-12 to what draft 7 says the same way -------------------------------------

    /** Rewrites a schema (in place) for draft 7; {@code at} names the place for error messages. */
    private static JsonNode toDraft7(JsonNode schema, String at) {
        if (!(schema instanceof ObjectNode node)) return schema;
        for (String keyword : UNSUPPORTED) {
            if (node.has(keyword)) {
                throw new IllegalArgumentException(keyword + " (at " + at + ") cannot be checked by the validator "
                        + "(Everit, JSON Schema draft 7)");
            }
        }
        String dialect = node.path("$schema").asText("");
        if (dialect.contains("2020-12") || dialect.contains("2019-09")) node.remove("$schema");

        for (String key : SCHEMA_MAPS) {
            if (node.get(key) instanceof ObjectNode map) {
                var names = new ArrayList<String>();
                map.fieldNames().forEachRemaining(names::add);
                for (String name : names) map.set(name, toDraft7(map.get(name), at + "/" + key + "/" + name));
            }
        }
        for (String key : SCHEMA_VALUES) {
            JsonNode value = node.get(key);
            if (value instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) array.set(i, toDraft7(array.get(i), at + "/" + key + "/" + i));
            } else if (value != null) {
                node.set(key, toDraft7(value, at + "/" + key));
            }
        }
        for (String key : SCHEMA_ARRAYS) {
            if (node.get(key) instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) array.set(i, toDraft7(array.get(i), at + "/" + key + "/" + i));
            }
        }

        if (node.has("prefixItems")) {
            JsonNode rest = node.remove("items");
            node.set("items", node.remove("prefixItems"));
            if (rest != null) node.set("additionalItems", rest);
        }
        if (node.has("dependentRequired") || node.has("dependentSchemas")) {
            ObjectNode dependencies =
                    node.get("dependencies") instanceof ObjectNode d ? d : node.putObject("dependencies");
            for (String key : List.of("dependentRequired", "dependentSchemas")) {
                JsonNode map = node.remove(key);
                if (map != null) dependencies.setAll((ObjectNode) map);
            }
        }
        if (node.has("$ref") && node.size() > 1) {
            ObjectNode ref = NODES.objectNode();
            ref.set("$ref", node.remove("$ref"));
            ArrayNode allOf = node.get("allOf") instanceof ArrayNode a ? a : node.putArray("allOf");
            allOf.insert(0, ref);
        }
        return node;
    }
}
