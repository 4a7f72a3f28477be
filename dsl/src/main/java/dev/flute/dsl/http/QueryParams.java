package dev.flute.dsl.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** Decoded query parameters: case-sensitive names, repetitions kept in order. Immutable. */
public final class QueryParams {
    public static final QueryParams EMPTY = new QueryParams(new String[0], 0);

    /** name, value, name, value, ... in arrival order: a query has few pairs, so a scan beats a map. */
    private final String[] pairs;

    private final int size;

    private QueryParams(String[] pairs, int size) {
        this.pairs = pairs;
        this.size = size;
    }

    /** Every value of a name, in order; empty when absent. */
    public List<String> getAll(String name) {
        List<String> out = null;
        for (int i = 0; i < size; i += 2) {
            if (pairs[i].equals(name)) {
                if (out == null) out = new ArrayList<>(2);
                out.add(pairs[i + 1]);
            }
        }
        return out == null ? List.of() : out;
    }

    /** The last value of a name (Starlette's choice for a single value), or null. */
    public String get(String name) {
        for (int i = size - 2; i >= 0; i -= 2) if (pairs[i].equals(name)) return pairs[i + 1];
        return null;
    }

    /** Every pair in arrival order: one pass, where {@code names()} then {@code get} would be quadratic. */
    public void forEach(BiConsumer<String, String> pair) {
        for (int i = 0; i < size; i += 2) pair.accept(pairs[i], pairs[i + 1]);
    }

    public Set<String> names() {
        var names = new LinkedHashSet<String>();
        for (int i = 0; i < size; i += 2) names.add(pairs[i]);
        return names;
    }

    /** Collects pairs in order. */
    static final class Builder {
        private String[] pairs = new String[8];
        private int size;

        void add(String name, String value) {
            if (size == pairs.length) pairs = Arrays.copyOf(pairs, size * 2);
            pairs[size++] = name;
            pairs[size++] = value;
        }

        QueryParams build() {
            return size == 0 ? EMPTY : new QueryParams(pairs, size);
        }
    }
}
