package dev.flute.dsl.types;

import java.util.List;

/**
 * Where a value sits in the request, as a persistent list: extending it is one small object, and
 * the {@code loc} list of an error is only built when an error is reported.
 */
public final class Loc {
    private final Loc parent;
    private final Object key;

    private Loc(Loc parent, Object key) {
        this.parent = parent;
        this.key = key;
    }

    /** A location with one element: {@code "body"}, {@code "query"}. */
    public static Loc of(Object first) {
        return new Loc(null, first);
    }

    /** This location followed by a field name or a list index. */
    public Loc add(Object key) {
        return new Loc(this, key);
    }

    /** The keys from the first, as an immutable list (what a {@code ValidationError} keeps as it is). */
    public List<Object> toList() {
        int depth = 0;
        for (Loc l = this; l != null; l = l.parent) depth++;
        if (depth == 1) return List.of(key);
        if (depth == 2) return List.of(parent.key, key);
        Object[] keys = new Object[depth];
        for (Loc l = this; l != null; l = l.parent) keys[--depth] = l.key;
        return List.of(keys);
    }

    @Override
    public String toString() {
        return toList().toString();
    }
}
