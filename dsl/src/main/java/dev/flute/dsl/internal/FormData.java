package dev.flute.dsl.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A received form: every value of every name, in the order they arrived. A value is a
 * {@code String} for a plain field or a {@link FilePart} for a file. Like Starlette's
 * {@code FormData}, a single value is the last one sent under its name.
 */
final class FormData {
    static final FormData EMPTY = new FormData(Map.of());

    private final Map<String, List<Object>> values;

    private FormData(Map<String, List<Object>> values) {
        this.values = values;
    }

    /** Every value of a name, in order; empty when absent. */
    List<Object> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The last value of a name, or null. */
    Object last(String name) {
        List<Object> all = values.get(name);
        return all == null ? null : all.get(all.size() - 1);
    }

    Set<String> names() {
        return values.keySet();
    }

    /** Collects values in arrival order. */
    static final class Builder {
        private final Map<String, List<Object>> values = new LinkedHashMap<>();

        Builder add(String name, Object value) {
            values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            return this;
        }

        /** Replaces every value for which {@code replace} gives another (a spooled file by its upload). */
        Builder map(java.util.function.UnaryOperator<Object> replace) {
            for (List<Object> all : values.values()) all.replaceAll(replace);
            return this;
        }

        FormData build() {
            return values.isEmpty() ? EMPTY : new FormData(values);
        }
    }
}
