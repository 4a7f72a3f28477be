package dev.flute.dsl.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decoded query parameters: case-sensitive names, repetitions kept in order. Immutable. */
public final class QueryParams {
    public static final QueryParams EMPTY = new QueryParams(Map.of());

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Every value of a name, in order; empty when absent. */
    public List<String> getAll(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The last value of a name (Starlette's choice for a single value), or null. */
    public String get(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.get(all.size() - 1);
    }

    public Set<String> names() {
        return values.keySet();
    }

    /** Collects pairs in order. */
    static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        void add(String name, String value) {
            values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
        }

        QueryParams build() {
            return values.isEmpty() ? EMPTY : new QueryParams(values);
        }
    }
}
