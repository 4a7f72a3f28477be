package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A number with optional bounds. Bounds are stored in the number's own Java type so Pydantic's
 * {@code ctx} renders them the same way ({@code {"ge":0}} for an int, {@code {"gt":0.0}} for a
 * float).
 */
public abstract class NumericType<N extends Number & Comparable<N>, S extends NumericType<N, S>>
        extends AbstractType<N, S> {

    /** The declared bounds, in the order they are checked. */
    protected final List<Constraint> bounds;

    /** Each bound's refusal, worded once when the type is declared (it carries no stack). */
    private final Invalid[] refusals;

    protected NumericType(Meta meta, List<Constraint> bounds) {
        super(meta);
        this.bounds = List.copyOf(bounds);
        this.refusals = this.bounds.stream().map(NumericType::refusalOf).toArray(Invalid[]::new);
    }

    /** A copy with other bounds. */
    protected abstract S withBounds(List<Constraint> bounds);

    /** Converts a bound given by the user to this type's number (checking it fits). */
    protected abstract N coerce(Number bound);

    /** True when {@code value} is an exact multiple of {@code of}. */
    protected abstract boolean isMultiple(N value, N of);

    public S gt(Number bound) {
        return add(new Constraint.Gt(coerce(bound)));
    }

    public S ge(Number bound) {
        return add(new Constraint.Ge(coerce(bound)));
    }

    public S lt(Number bound) {
        return add(new Constraint.Lt(coerce(bound)));
    }

    public S le(Number bound) {
        return add(new Constraint.Le(coerce(bound)));
    }

    public S multipleOf(Number bound) {
        return add(new Constraint.MultipleOf(coerce(bound)));
    }

    private S add(Constraint c) {
        var next = new ArrayList<>(bounds);
        next.removeIf(old -> old.getClass() == c.getClass());
        next.add(c);
        return withBounds(next);
    }

    @Override
    public List<Constraint> constraints() {
        return bounds;
    }

    /** Checks every bound, in Pydantic's order; returns the value when it passes. */
    public N check(N value) {
        Invalid refused = refusal(value);
        if (refused != null) throw refused;
        return value;
    }

    /** The refusal of the first bound {@code value} breaks, in {@link #check}'s order, or null. */
    public Invalid refusal(N value) {
        for (int i = 0; i < refusals.length; i++) if (breaks(bounds.get(i), value)) return refusals[i];
        return null;
    }

    @SuppressWarnings("unchecked")
    private boolean breaks(Constraint c, N value) {
        if (c instanceof Constraint.Gt g) return value.compareTo((N) g.value()) <= 0;
        if (c instanceof Constraint.Ge g) return value.compareTo((N) g.value()) < 0;
        if (c instanceof Constraint.Lt l) return value.compareTo((N) l.value()) >= 0;
        if (c instanceof Constraint.Le l) return value.compareTo((N) l.value()) > 0;
        return c instanceof Constraint.MultipleOf m && !isMultiple(value, (N) m.value());
    }

    /**
     * {@code value} as a body's reader takes it: itself, or null with the refusal of the bound it
     * breaks added to {@code errors} (returned, not thrown: see {@link #readText}).
     */
    protected final N checkedJson(N value, JsonNode node, Loc loc, List<ValidationError> errors) {
        Invalid refused = refusal(value);
        if (refused == null) return value;
        JsonReading.fail(errors, loc, refused, node);
        return null;
    }

    /** {@code value} as {@link #readText} answers it: itself, or the refusal of the bound it breaks. */
    protected final Object checked(N value) {
        Invalid refused = refusal(value);
        return refused == null ? value : refused;
    }

    /**
     * Checks the declared bounds against an integer too large for this type, so the error names the
     * bound the user declared ({@code le(1000)}) rather than the limit of the Java type.
     */
    protected void checkBig(java.math.BigInteger value) {
        for (int i = 0; i < refusals.length; i++) if (breaks(bounds.get(i), value)) throw refusals[i];
    }

    /** Whether an integer too large for this type breaks {@code c}; no integer that size is a declared multiple's. */
    private static boolean breaks(Constraint c, java.math.BigInteger value) {
        if (c instanceof Constraint.Gt g) return value.compareTo(big(g.value())) <= 0;
        if (c instanceof Constraint.Ge g) return value.compareTo(big(g.value())) < 0;
        if (c instanceof Constraint.Lt l) return value.compareTo(big(l.value())) >= 0;
        return c instanceof Constraint.Le l && value.compareTo(big(l.value())) > 0;
    }

    private static java.math.BigInteger big(Number n) {
        return java.math.BigInteger.valueOf(n.longValue());
    }

    private static Invalid refusalOf(Constraint c) {
        if (c instanceof Constraint.Gt g) return worded("greater_than", "greater than", "gt", g.value());
        if (c instanceof Constraint.Ge g)
            return worded("greater_than_equal", "greater than or equal to", "ge", g.value());
        if (c instanceof Constraint.Lt l) return worded("less_than", "less than", "lt", l.value());
        if (c instanceof Constraint.Le l) return worded("less_than_equal", "less than or equal to", "le", l.value());
        if (c instanceof Constraint.MultipleOf m)
            return worded("multiple_of", "a multiple of", "multiple_of", m.value());
        throw new IllegalArgumentException("not a numeric bound: " + c);
    }

    private static Invalid worded(String type, String words, String key, Number value) {
        return new Invalid(
                type, "Input should be " + words + " " + Numbers.display(value), Collections.singletonMap(key, value));
    }
}
