package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One of the constants of a Java enum, read by its value on the wire ({@code "alexnet"}). The value
 * is the constant's name unless a value function is given.
 */
public final class EnumType<E extends Enum<E>> extends AbstractType<E, EnumType<E>> {
    private final Class<E> enumClass;
    private final Function<E, String> valueOf;
    private final Map<String, E> byValue;
    private final List<String> values;
    private final String expected;

    public EnumType(Class<E> enumClass, Function<E, String> valueOf) {
        this(Meta.NONE, enumClass, valueOf);
    }

    private EnumType(Meta meta, Class<E> enumClass, Function<E, String> valueOf) {
        super(meta);
        this.enumClass = enumClass;
        this.valueOf = valueOf;
        this.byValue = new HashMap<>();
        for (E constant : enumClass.getEnumConstants()) {
            if (byValue.put(valueOf.apply(constant), constant) != null) {
                throw new IllegalArgumentException(
                        enumClass.getName() + " has two constants with the value " + valueOf.apply(constant));
            }
        }
        this.values = java.util.Arrays.stream(enumClass.getEnumConstants())
                .map(valueOf)
                .toList();
        this.expected = expected(values);
    }

    @Override
    protected EnumType<E> withMeta(Meta meta) {
        return new EnumType<>(meta, enumClass, valueOf);
    }

    public Class<E> enumClass() {
        return enumClass;
    }

    /** The wire values, in declaration order (JSON Schema's {@code enum}). */
    public List<String> values() {
        return values;
    }

    /** The wire value of a constant. */
    public String valueOf(E constant) {
        return valueOf.apply(constant);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return enumClass;
    }

    @Override
    public String toString() {
        return "enum_(" + enumClass.getSimpleName() + ".class)";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public E fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        E constant = node.isTextual() ? byValue.get(node.textValue()) : null;
        if (constant == null) {
            JsonReading.fail(errors, loc, "enum", "Input should be " + expected, node, Map.of("expected", expected));
        }
        return constant;
    }

    @Override
    public Object toJson(E value) {
        return valueOf.apply(value);
    }

    @Override
    public E fromText(String raw) {
        E constant = byValue.get(raw);
        if (constant == null) {
            throw new Invalid("enum", "Input should be " + expected, Map.of("expected", expected));
        }
        return constant;
    }

    /** Pydantic's wording of the choices: {@code 'a', 'b' or 'c'}. */
    private static String expected(List<String> values) {
        var quoted = values.stream().map(v -> "'" + v + "'").toList();
        if (quoted.size() == 1) return quoted.get(0);
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}
