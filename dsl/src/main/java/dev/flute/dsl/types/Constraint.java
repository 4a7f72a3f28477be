package dev.flute.dsl.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A validation rule as data: the same value checks input, words the error and renders as JSON
 * Schema ({@code minimum}, {@code exclusiveMinimum}, {@code maxLength}, ...).
 */
public sealed interface Constraint {

    /** {@code > value}: Pydantic {@code greater_than}, JSON Schema {@code exclusiveMinimum}. */
    record Gt(Number value) implements Constraint {}

    /** {@code >= value}: Pydantic {@code greater_than_equal}, JSON Schema {@code minimum}. */
    record Ge(Number value) implements Constraint {}

    /** {@code < value}: Pydantic {@code less_than}, JSON Schema {@code exclusiveMaximum}. */
    record Lt(Number value) implements Constraint {}

    /** {@code <= value}: Pydantic {@code less_than_equal}, JSON Schema {@code maximum}. */
    record Le(Number value) implements Constraint {}

    /** Pydantic {@code multiple_of}, JSON Schema {@code multipleOf}. */
    record MultipleOf(Number value) implements Constraint {}

    /** Minimum length of a string or a collection. */
    record MinLength(int value) implements Constraint {}

    /** Maximum length of a string or a collection. */
    record MaxLength(int value) implements Constraint {}

    /** A regular expression searched (not fully matched) in the string, as Pydantic does. */
    record Pattern(String regex) implements Constraint {}

    /** The length bounds that are set, minimum first: what strings, bytes and lists document. */
    static List<Constraint> lengths(Integer minLength, Integer maxLength) {
        var all = new ArrayList<Constraint>(2);
        if (minLength != null) all.add(new MinLength(minLength));
        if (maxLength != null) all.add(new MaxLength(maxLength));
        return List.copyOf(all);
    }

    /** A length bound as given by the user, refused when negative. */
    static int nonNegative(int length) {
        if (length < 0) throw new IllegalArgumentException("a length cannot be negative: " + length);
        return length;
    }
}
