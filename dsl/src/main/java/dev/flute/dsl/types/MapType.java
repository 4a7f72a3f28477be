package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object of values of one type under any keys, Python's {@code dict[str, V]}: read in the
 * order of its keys, each value checked where it sits ({@code ["body", "items", "foo", "price"]}).
 *
 * <pre>{@code route(GET, "/items/").returns(mapOf(ITEM)).handle(() -> Map.copyOf(items))}</pre>
 *
 * @param <V> the value
 */
public final class MapType<V> extends AbstractType<Map<String, V>, MapType<V>> {
    private final Type<V> values;

    private MapType(Meta meta, Type<V> values) {
        super(meta);
        this.values = values;
    }

    public static <V> MapType<V> mapOf(Type<V> values) {
        if (values == null) throw new IllegalArgumentException("a map needs the type of its values");
        return new MapType<>(Meta.NONE, values);
    }

    /** The type of every value. */
    public Type<V> values() {
        return values;
    }

    @Override
    protected MapType<V> withMeta(Meta meta) {
        return new MapType<>(meta, values);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return JavaTypes.parameterized(Map.class, String.class, values.javaType());
    }

    @Override
    public JsonKind kind() {
        return JsonKind.OBJECT;
    }

    @Override
    public Map<String, V> fromText(String raw) {
        throw new Invalid("dict_type", "Input should be a valid dictionary");
    }

    @Override
    public Map<String, V> fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        if (!node.isObject()) {
            JsonReading.fail(errors, loc, "dict_type", "Input should be a valid dictionary", node);
            return null;
        }
        var out = new LinkedHashMap<String, V>(node.size() * 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var entry = it.next();
            out.put(entry.getKey(), values.fromJson(entry.getValue(), loc.add(entry.getKey()), errors));
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public Object toJson(Map<String, V> value) {
        var out = new LinkedHashMap<String, Object>(value.size() * 2);
        value.forEach((k, v) -> out.put(k, v == null ? null : values.toJson(v)));
        return out;
    }
}
