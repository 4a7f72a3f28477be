package dev.flute.dsl.internal;

import dev.flute.dsl.types.Type;
import java.util.Objects;

/** Comparisons of type descriptions, for the build-time checks. */
final class Types {
    private Types() {}

    /** True when two types read and check values the same way (documentation aside). */
    static boolean sameShape(Type<?> a, Type<?> b) {
        if (a == b) return true;
        return a.getClass() == b.getClass()
                && a.kind() == b.kind()
                && Objects.equals(a.format(), b.format())
                && a.constraints().equals(b.constraints())
                && a.required() == b.required()
                && a.repeated() == b.repeated()
                && (a.required() || Objects.equals(a.absentValue(), b.absentValue()));
    }
}
