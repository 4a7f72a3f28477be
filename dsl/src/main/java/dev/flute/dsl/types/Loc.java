package dev.flute.dsl.types;

import java.util.ArrayList;
import java.util.Collections;
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

    public List<Object> toList() {
        var out = new ArrayList<Object>(4);
        for (Loc l = this; l != null; l = l.parent) out.add(l.key);
        Collections.reverse(out);
        return out;
    }

    @Override
    public String toString() {
        return toList().toString();
    }
}
