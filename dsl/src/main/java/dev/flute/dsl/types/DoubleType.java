package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
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
    public java.lang.reflect.Type javaType() {
        return Double.class;
    }

    @Override
    public String toString() {
        return "double_()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.NUMBER;
    }

    @Override
    public Double fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        Double value;
        if (node.isNumber()) value = node.doubleValue();
        else if (node.isBoolean()) value = node.booleanValue() ? 1.0 : 0.0;
        else if (node.isTextual()) {
            value = Numbers.parseFloat(node.textValue());
            if (value == null) {
                JsonReading.fail(
                        errors,
                        loc,
                        "float_parsing",
                        "Input should be a valid number, unable to parse string as a number",
                        node.textValue());
                return null;
            }
        } else {
            JsonReading.fail(errors, loc, "float_type", "Input should be a valid number", node);
            return null;
        }
        // JSON cannot carry inf or nan back out, so a body may not bring them in (FastAPI answers 500 then).
        if (!Double.isFinite(value)) {
            JsonReading.fail(errors, loc, "finite_number", "Input should be a finite number", node);
            return null;
        }
        return checkedJson(value, node, loc, errors);
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
