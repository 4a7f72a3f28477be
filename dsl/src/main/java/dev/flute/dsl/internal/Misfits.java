package dev.flute.dsl.internal;

import dev.flute.dsl.http.ResponseValidationError;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the encoder is in the value it writes, and every place where the value did not fit its
 * declared type (a null where none may be, a string where a number was declared). A misfit is a
 * bug in the server: once the value is written, they are reported together as FastAPI's
 * {@code ResponseValidationError}.
 */
final class Misfits {
    private final boolean strict;
    private Object[] path = new Object[8];
    private int depth;
    private List<ValidationError> errors;

    /** Records nothing, so it keeps no state: one serves every thread. */
    private static final Misfits LENIENT = new Misfits(false);

    private Misfits(boolean strict) {
        this.strict = strict;
        path[depth++] = "response";
    }

    /** For a declared output: every misfit is an error. */
    static Misfits strict() {
        return new Misfits(true);
    }

    /**
     * For a value nobody declared (a record returned by a route without an output): written as it
     * is, nulls included, as Jackson would.
     */
    static Misfits lenient() {
        return LENIENT;
    }

    /** This strict instance, emptied for the next value. */
    Misfits reset() {
        depth = 1;
        errors = null;
        return this;
    }

    void enter(Object key) {
        if (!strict) return;
        if (depth == path.length) path = java.util.Arrays.copyOf(path, depth * 2);
        path[depth++] = key;
    }

    void leave() {
        if (strict) depth--;
    }

    /** The value here is not what the type declares. */
    void add(String type, String msg, Object input) {
        if (!strict) return;
        if (errors == null) errors = new ArrayList<>(2);
        errors.add(new ValidationError(type, List.of(java.util.Arrays.copyOf(path, depth)), msg, input, null));
    }

    /** A required field is absent from the value written. */
    void missing(Object owner) {
        if (!strict) return;
        if (errors == null) errors = new ArrayList<>(2);
        errors.add(ValidationError.missing(List.of(java.util.Arrays.copyOf(path, depth)), owner));
    }

    /** Throws what was collected, if anything. */
    void check() {
        if (errors != null) throw new ResponseValidationError(errors);
    }
}
