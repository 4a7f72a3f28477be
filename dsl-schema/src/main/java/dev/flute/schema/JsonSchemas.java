package dev.flute.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flute.dsl.python.PyStrings;
import dev.flute.dsl.types.Constraint;
import dev.flute.dsl.types.DecimalType;
import dev.flute.dsl.types.EnumType;
import dev.flute.dsl.types.JsonKind;
import dev.flute.dsl.types.ListType;
import dev.flute.dsl.types.LiteralType;
import dev.flute.dsl.types.Meta;
import dev.flute.dsl.types.ModelType;
import dev.flute.dsl.types.PartialType;
import dev.flute.dsl.types.Type;
import dev.flute.schema.internal.Fingerprints;
import dev.flute.schema.internal.Trees;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Renders Flute types as JSON Schema 2020-12, the way Pydantic v2 renders the matching Python
 * annotations, so the document FastAPI would publish for the same API comes out:
 *
 * <pre>{@code
 * JsonSchemas.document(str().maxLength(50).optional())
 * // {"$schema":"https://json-schema.org/draft/2020-12/schema",
 * //  "anyOf":[{"type":"string","maxLength":50},{"type":"null"}]}
 * }</pre>
 *
 * <ul>
 *   <li>constraints: {@code minimum}, {@code exclusiveMinimum}, {@code multipleOf}, {@code minLength},
 *       {@code pattern}, {@code minItems}, {@code uniqueItems} (sets), {@code format} ({@code uuid},
 *       {@code date-time}, {@code duration}, {@code binary}, ...);
 *   <li>literals: {@code const} for one value, else {@code enum}, inline as Pydantic writes
 *       {@code Literal}; decimals: {@code anyOf [number, string]} read, {@code string} written
 *       ({@link #outputSchema});
 *   <li>optional values: {@code anyOf [T, {"type":"null"}]}; defaults: {@code default}, except a
 *       default of nothing ({@code null}, an empty {@code Optional}), which FastAPI leaves out;
 *   <li>metadata: {@code title}, {@code description}, {@code examples}, {@code deprecated};
 *   <li>enums: a named schema ({@code {"type":"string","enum":[...],"title":"ModelName"}}) in the
 *       {@link Definitions}, referenced with {@code $ref};
 *   <li>models: a named object schema ({@code properties}, {@code required}, {@code title}, and
 *       {@code additionalProperties: false} when extra fields are forbidden), each field titled
 *       after its wire name unless it is a reference, as Pydantic does. A model's own title,
 *       description and examples document the named schema; documentation added where it is used
 *       ({@code ITEM.nullable().description("the item")}) stays at that place.
 * </ul>
 *
 * A type this class does not know renders from what every type tells: its {@link JsonKind},
 * {@code format()} and {@code constraints()}.
 */
public final class JsonSchemas {
    /** The dialect written into standalone documents. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSchemas() {}

    /**
     * A standalone JSON Schema document for one type: {@code $schema}, the schema, and {@code $defs}
     * for the enums it uses.
     */
    public static ObjectNode document(Type<?> type) {
        Definitions defs = Definitions.forJsonSchema();
        // A model at the top is the document itself, as Pydantic's model_json_schema() writes it.
        ObjectNode schema = core(type) instanceof ModelType<?> m && type.valueType() == type
                ? modelSchema(m, defs)
                : type instanceof JsonSchemaType j ? j.schema() : schema(type, defs);
        var named = defs.resolve();
        ObjectNode doc = NODES.objectNode();
        doc.put("$schema", DIALECT);
        doc.setAll(schema);
        if (!named.isEmpty()) doc.putObject("$defs").setAll(named);
        defs.link(doc);
        return doc;
    }

    /** The schema of a type; named schemas (enums, models) go into {@code defs} and are referenced. */
    public static ObjectNode schema(Type<?> type, Definitions defs) {
        return schema(type, defs, null);
    }

    /**
     * The schema of a type, titled {@code fallbackTitle} unless the type has a title of its own or the
     * schema is a bare reference (FastAPI titles a parameter's schema after its name, never a
     * {@code $ref}).
     */
    public static ObjectNode schema(Type<?> type, Definitions defs, String fallbackTitle) {
        return schema(type, defs, fallbackTitle, Mode.INPUT);
    }

    /**
     * The schema of a value the API writes (a response model), Pydantic's serialization mode: the
     * same as {@link #schema(Type, Definitions, String)} except where a type reads more than it
     * writes (a decimal reads a number or a string, and is written as a string). A model whose two
     * schemas differ is then two named schemas, {@code Item-Input} and {@code Item-Output}, as in
     * FastAPI; one used in a single way, or the same both ways, keeps its plain name.
     */
    public static ObjectNode outputSchema(Type<?> type, Definitions defs, String fallbackTitle) {
        return schema(type, defs, fallbackTitle, Mode.OUTPUT);
    }

    /** Pydantic's two JSON Schema modes: what is accepted, and what is written. */
    enum Mode {
        INPUT("Input"),
        OUTPUT("Output");

        final String suffix;

        Mode(String suffix) {
            this.suffix = suffix;
        }
    }

    private static ObjectNode schema(Type<?> type, Definitions defs, String fallbackTitle, Mode mode) {
        ObjectNode node = core(type, defs, mode);
        annotate(node, type, fallbackTitle);
        return node;
    }

    /**
     * The value as it appears in a document ({@code default}, {@code examples}): an enum constant as
     * its wire value, an {@code Optional} as its content or null, a collection element by element.
     */
    @SuppressWarnings("unchecked")
    public static JsonNode value(Type<?> type, Object value) {
        if (value == null) return NODES.nullNode();
        if (type.valueType() != type) {
            Object present = type.toPresent(value);
            return present == null ? NODES.nullNode() : value(type.valueType(), present);
        }
        Object json;
        try {
            json = ((Type<Object>) type).toJson(value);
        } catch (RuntimeException notOfThisType) {
            // An example written as plain JSON data (a Map for a model): shown as it is.
            json = value;
        }
        return Trees.tree(json);
    }

    /** The type under any {@code withDefault}, {@code optional()} and {@code nullable()}; a partial model's model. */
    static Type<?> core(Type<?> type) {
        Type<?> value = type.valueType();
        return value instanceof PartialType<?> p ? p.model() : value;
    }

    /** True when the type renders as a reference to a named schema (under any wrappers). */
    static boolean isReference(Type<?> type) {
        Type<?> core = core(type);
        return core instanceof EnumType<?> || core instanceof ModelType<?>;
    }

    // ---- the structural part: what values are allowed ------------------------------------------

    private static ObjectNode core(Type<?> type, Definitions defs, Mode mode) {
        ObjectNode node = present(type.valueType(), defs, mode);
        return type.presence().nullable() ? nullable(node) : node;
    }

    /** The schema of a present value: what it is, whatever the presence around it. */
    private static ObjectNode present(Type<?> type, Definitions defs, Mode mode) {
        if (type instanceof EnumType<?> e) return enumRef(e, defs);
        if (type instanceof ModelType<?> m) return modelRef(m, defs, mode);
        if (type instanceof PartialType<?> p) return modelRef(p.model(), defs, mode);
        if (type instanceof JsonSchemaType j) return supplied(j, defs);
        if (type instanceof ListType<?, ?> l) return array(l, defs, mode);
        if (type instanceof dev.flute.dsl.types.MapType<?> m) return object(m, defs, mode);
        if (type instanceof LiteralType l) return literal(l);
        if (type instanceof DecimalType d) return decimal(d, mode);
        return plain(type);
    }

    private static ObjectNode plain(Type<?> type) {
        ObjectNode node = NODES.objectNode();
        String keyword = type.kind().keyword();
        if (keyword != null) node.put("type", keyword);
        if (type.format() != null) node.put("format", type.format());
        constraints(node, type);
        return node;
    }

    private static ObjectNode array(ListType<?, ?> list, Definitions defs, Mode mode) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "array");
        node.set("items", schema(list.items(), defs, null, mode));
        if (list.unique()) node.put("uniqueItems", true);
        constraints(node, list);
        return node;
    }

    /** Python's {@code dict[str, V]} as Pydantic writes it: the values' schema as {@code additionalProperties}. */
    private static ObjectNode object(dev.flute.dsl.types.MapType<?> map, Definitions defs, Mode mode) {
        ObjectNode node = NODES.objectNode();
        node.set("additionalProperties", schema(map.values(), defs, null, mode));
        node.put("type", "object");
        return node;
    }

    /** Python's {@code Literal[...]} as Pydantic writes it: {@code const} for one value, else {@code enum}. */
    private static ObjectNode literal(LiteralType literal) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "string");
        if (literal.values().size() == 1) {
            node.put("const", literal.values().get(0));
        } else {
            ArrayNode values = node.putArray("enum");
            literal.values().forEach(values::add);
        }
        return node;
    }

    /**
     * Pydantic's {@code Decimal}: read from a number (with its bounds, written as floats) or a string,
     * written as a string. Digits and decimal places are checked but, as in Pydantic 2.10, not shown.
     */
    private static ObjectNode decimal(DecimalType decimal, Mode mode) {
        ObjectNode text = NODES.objectNode().put("type", "string");
        if (mode == Mode.OUTPUT) return text;
        ObjectNode number = NODES.objectNode().put("type", "number");
        constraints(number, decimal);
        number.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber())
                e.setValue(NODES.numberNode(e.getValue().doubleValue()));
        });
        ObjectNode node = NODES.objectNode();
        node.putArray("anyOf").add(number).add(text);
        return node;
    }

    /** Pydantic's nullable schema: {@code anyOf [T, null]}, a bare {@code anyOf} flattened into it. */
    private static ObjectNode nullable(ObjectNode inner) {
        if (isNullable(inner)) return inner;
        ObjectNode node = NODES.objectNode();
        ArrayNode anyOf = node.putArray("anyOf");
        if (inner.size() == 1 && inner.get("anyOf") instanceof ArrayNode options) anyOf.addAll(options);
        else anyOf.add(inner);
        anyOf.add(NODES.objectNode().put("type", "null"));
        return node;
    }

    private static boolean isNullable(ObjectNode schema) {
        if ("null".equals(schema.path("type").asText(null))) return true;
        for (JsonNode option : schema.path("anyOf")) {
            if ("null".equals(option.path("type").asText(null))) return true;
        }
        return false;
    }

    private static ObjectNode enumRef(EnumType<?> e, Definitions defs) {
        Class<?> type = e.enumClass();
        // Two value functions over one enum class are two schemas: the key holds both.
        var key = List.of(type, e.values());
        return defs.ref(key, type.getSimpleName(), Definitions.qualifiedName(type), () -> {
            ObjectNode node = NODES.objectNode();
            node.put("type", e.kind().keyword());
            ArrayNode values = node.putArray("enum");
            e.values().forEach(values::add);
            node.put("title", type.getSimpleName());
            return node;
        });
    }

    private static ObjectNode modelRef(ModelType<?> model, Definitions defs, Mode mode) {
        Class<?> type = model.javaType();
        String qualified = model.name().equals(type.getSimpleName())
                ? Definitions.qualifiedName(type)
                : Definitions.qualifiedName(type.getPackageName()) + "__" + model.name();
        return defs.refIn(
                Fingerprints.of(model), mode.suffix, model.name(), qualified, () -> modelSchema(model, defs, mode));
    }

    /**
     * A schema the application wrote: as it is when it refers to nothing; otherwise a named schema
     * (after its {@code title}), its own references ({@code #/$defs/Part}) pointed into it.
     */
    private static ObjectNode supplied(JsonSchemaType type, Definitions defs) {
        ObjectNode schema = type.schema();
        schema.remove("$schema");
        if (!Definitions.hasLocalRefs(schema)) return schema;
        String title = schema.path("title").asText("");
        String name = title.matches("[A-Za-z0-9._-]+") ? title : "Schema";
        return defs.supplied(schema, name);
    }

    /** The named schema of a model: Pydantic's layout, member for member. */
    static ObjectNode modelSchema(ModelType<?> model, Definitions defs) {
        return modelSchema(model, defs, Mode.INPUT);
    }

    private static ObjectNode modelSchema(ModelType<?> model, Definitions defs, Mode mode) {
        ObjectNode node = NODES.objectNode();
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (ModelType.Field f : model.fields()) {
            if (!f.type().meta().includeInSchema()) continue;
            String title = isReference(f.type()) ? null : PyStrings.fieldTitle(f.wireName());
            properties.set(f.wireName(), schema(f.type(), defs, title, mode));
            if (f.type().required()) required.add(f.wireName());
        }
        if (model.extraForbidden()) node.put("additionalProperties", false);
        node.put("type", "object");
        if (!required.isEmpty()) node.set("required", required);
        Meta meta = model.meta();
        node.put("title", meta.title() != null ? meta.title() : model.name());
        if (meta.description() != null) node.put("description", meta.description());
        if (!meta.examples().isEmpty()) {
            ArrayNode examples = node.putArray("examples");
            for (Object example : meta.examples()) examples.add(value(model, example));
        }
        if (meta.deprecated()) node.put("deprecated", true);
        return node;
    }

    /** Constraints in Pydantic's order, so documents read the same whatever order they were declared in. */
    private static void constraints(ObjectNode node, Type<?> type) {
        boolean array = type.kind() == JsonKind.ARRAY;
        type.constraints().stream()
                .sorted(Comparator.comparingInt(JsonSchemas::rank))
                .forEach(c -> {
                    if (c instanceof Constraint.MultipleOf m) node.set("multipleOf", number(m.value()));
                    else if (c instanceof Constraint.Le l) node.set("maximum", number(l.value()));
                    else if (c instanceof Constraint.Ge g) node.set("minimum", number(g.value()));
                    else if (c instanceof Constraint.Lt l) node.set("exclusiveMaximum", number(l.value()));
                    else if (c instanceof Constraint.Gt g) node.set("exclusiveMinimum", number(g.value()));
                    else if (c instanceof Constraint.MinLength m) node.put(array ? "minItems" : "minLength", m.value());
                    else if (c instanceof Constraint.MaxLength m) node.put(array ? "maxItems" : "maxLength", m.value());
                    else if (c instanceof Constraint.Pattern p) node.put("pattern", p.regex());
                });
    }

    private static int rank(Constraint c) {
        if (c instanceof Constraint.MultipleOf) return 0;
        if (c instanceof Constraint.Le) return 1;
        if (c instanceof Constraint.Ge) return 2;
        if (c instanceof Constraint.Lt) return 3;
        if (c instanceof Constraint.Gt) return 4;
        if (c instanceof Constraint.MinLength) return 5;
        if (c instanceof Constraint.MaxLength) return 6;
        return 7;
    }

    /** A bound in its own Java type: {@code 0} for an int, {@code 0.0} for a float, as Pydantic writes them. */
    private static JsonNode number(Number n) {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) return NODES.numberNode(n.intValue());
        if (n instanceof Long l) return NODES.numberNode(l);
        if (n instanceof Float f) return NODES.numberNode(f);
        if (n instanceof BigInteger b) return NODES.numberNode(b);
        if (n instanceof BigDecimal b) return NODES.numberNode(b);
        return NODES.numberNode(n.doubleValue());
    }

    // ---- annotations: what documents the value ----------------------------------------------

    private static void annotate(ObjectNode node, Type<?> type, String fallbackTitle) {
        defaultOf(type).ifPresent(d -> node.set("default", d));
        Meta meta = useSite(type);
        if (meta.title() != null) node.put("title", meta.title());
        else if (fallbackTitle != null && !node.has("$ref") && !node.has("title")) node.put("title", fallbackTitle);
        if (meta.description() != null) node.put("description", meta.description());
        if (!meta.examples().isEmpty()) {
            ArrayNode examples = node.putArray("examples");
            for (Object example : meta.examples()) examples.add(value(type, example));
        }
        if (meta.deprecated()) node.put("deprecated", true);
    }

    /** The documented default: the one of a {@code withDefault}, also under {@code optional()}/{@code nullable()}. */
    private static Optional<JsonNode> defaultOf(Type<?> type) {
        Object declared = type.presence().defaultValue();
        if (declared == null) return Optional.empty();
        JsonNode value = value(type.valueType(), declared);
        return value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /**
     * The documentation that belongs where the type is used. A model's own documentation belongs to
     * its named schema; wrappers copy it when they are made ({@code ITEM.nullable()}), so what they
     * carry counts here only where it differs from the model's.
     */
    private static Meta useSite(Type<?> type) {
        Type<?> core = core(type);
        if (!(core instanceof ModelType<?>)) return type.meta();
        if (type == core) return Meta.NONE;
        Meta own = type.meta();
        Meta model = core.meta();
        return new Meta(
                java.util.Objects.equals(own.title(), model.title()) ? null : own.title(),
                java.util.Objects.equals(own.description(), model.description()) ? null : own.description(),
                own.examples().equals(model.examples()) ? List.of() : own.examples(),
                own.deprecated() && !model.deprecated(),
                own.alias(),
                own.includeInSchema());
    }
}
