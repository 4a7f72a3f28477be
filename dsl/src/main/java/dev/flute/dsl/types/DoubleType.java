package dev.flute.dsl.types;

import java.util.List;

/** A 64-bit float, Python's {@code float}; {@code inf} and {@code nan} are read like Pydantic does. */
public final class DoubleType extends NumericType<Double, DoubleType> {

    public DoubleType() {
        this(Meta.NONE, List.of());
    }

    private DoubleType(Meta meta, List<Constraint> bounds) {
        super(meta, bounds);
    }

    @Override
    protected DoubleType withMeta(Meta meta) {
        return new DoubleType(meta, bounds);
    }

    @Override
    protected DoubleType withBounds(List<Constraint> bounds) {
        return new DoubleType(meta(), bounds);
    }

    @Override
    protected Double coerce(Number bound) {
        return bound.doubleValue();
    }

    @Override
    protected boolean isMultiple(Double value, Double of) {
        double quotient = value / of;
        return Math.abs(quotient - Math.rint(quotient)) < 1e-9;
    }

    @Override
    public JsonKind kind() {
        return JsonKind.NUMBER;
    }

    @Override
    public Double fromText(String raw) {
        Double value = Numbers.parseFloat(raw);
        if (value == null) {
            throw new Invalid("float_parsing", "Input should be a valid number, unable to parse string as a number");
        }
        return check(value);
    }
}
