package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.List;
import java.util.Map;

/**
 * One of a few fixed strings, Python's {@code Literal["created_at", "updated_at"]}: compared
 * exactly (case matters), refused with Pydantic's {@code literal_error}. A Java enum is
 * {@link EnumType}; this is for when the handler wants the string itself.
 */
public final class LiteralType extends AbstractType<String, LiteralType> {
    private final List<String> values;
    private final String expected;

    public LiteralType(List<String> values) {
        this(Meta.NONE, values);
    }

    private LiteralType(Meta meta, List<String> values) {
        super(meta);
        if (values.isEmpty()) throw new IllegalArgumentException("a literal needs at least one value");
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("a literal's values must differ: " + values);
        }
        this.values = List.copyOf(values);
        var quoted = this.values.stream().map(v -> "'" + v + "'").toList();
        this.expected = quoted.size() == 1
                ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    /** The allowed values, in order (JSON Schema's {@code enum}). */
    public List<String> values() {
        return values;
    }

    @Override
    protected LiteralType withMeta(Meta meta) {
        return new LiteralType(meta, values);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return String.class;
    }

    @Override
    public String toString() {
        return "literal(" + String.join(", ", values) + ")";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public String fromText(String raw) {
        if (values.contains(raw)) return raw;
        throw new Invalid("literal_error", "Input should be " + expected, Map.of("expected", expected));
    }

    @Override
    public String fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (node.isTextual() && values.contains(node.textValue())) return node.textValue();
        JsonReading.fail(
                errors,
                loc,
                "literal_error",
                "Input should be " + expected,
                node.isTextual() ? node.textValue() : node,
                Map.of("expected", expected));
        return null;
    }
}
