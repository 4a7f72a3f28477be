package dev.flute.schema.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;

/** Operations on Jackson trees that the document builder needs. */
public final class Trees {
    private Trees() {}

    /**
     * Merges {@code patch} into {@code target} the way FastAPI's {@code deep_dict_update} does, so an
     * {@code openapi_extra} written for FastAPI means the same here: objects merge key by key, arrays
     * are concatenated, anything else replaces.
     */
    public static void deepMerge(ObjectNode target, JsonNode patch) {
        var names = new ArrayList<String>();
        patch.fieldNames().forEachRemaining(names::add);
        for (String key : names) {
            JsonNode value = patch.get(key);
            JsonNode current = target.get(key);
            if (current instanceof ObjectNode currentObject && value.isObject()) {
                deepMerge(currentObject, value);
            } else if (current instanceof ArrayNode currentArray && value.isArray()) {
                currentArray.addAll((ArrayNode) value.deepCopy());
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    /**
     * The JSON tree of plain Java data (maps, lists, strings, numbers) with a stable member order: a
     * map keeps its own iteration order, except {@code Map.of}/{@code Map.copyOf} maps (and
     * {@code Set.of} sets), whose order changes from one JVM run to the next; their members are
     * sorted by key, so a document is written the same way every time.
     */
    public static JsonNode tree(Object value) {
        return dev.flute.dsl.Json.tree(stable(value));
    }

    private static Object stable(Object value) {
        if (value instanceof java.util.Map<?, ?> map) {
            java.util.Map<Object, Object> out = unstable(map)
                    ? new java.util.TreeMap<>(java.util.Comparator.comparing(String::valueOf))
                    : new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, stable(v)));
            return out;
        }
        if (value instanceof java.util.Collection<?> collection) {
            var out = new ArrayList<Object>(collection.size());
            for (Object item : collection) out.add(stable(item));
            if (unstable(collection)) out.sort(java.util.Comparator.comparing(String::valueOf));
            return out;
        }
        return value;
    }

    /** The JDK's immutable maps and sets iterate in an order salted per JVM run. */
    private static boolean unstable(Object container) {
        return container.getClass().getName().startsWith("java.util.ImmutableCollections$")
                && !(container instanceof java.util.List<?>);
    }

    /**
     * Removes every object member whose value is null, at any depth, as FastAPI's final
     * {@code jsonable_encoder(..., exclude_none=True)} does (which is why {@code "default": null}
     * never appears in its documents). Nulls inside arrays stay.
     */
    public static JsonNode stripNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var names = new ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isNull()) object.remove(name);
                else stripNulls(child);
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode child : array) stripNulls(child);
        }
        return node;
    }

    /**
     * Two-space indentation, {@code "key": value} and one array element per line: the layout of
     * Python's {@code json.dumps(indent=2)}, with {@code \n} line ends on every platform so exported
     * and approved files compare byte for byte.
     */
    public static DefaultPrettyPrinter prettyPrinter() {
        var indenter = new DefaultIndenter("  ", "\n");
        var separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
