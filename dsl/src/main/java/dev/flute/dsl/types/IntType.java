package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A 32-bit integer. Text outside the range of {@code int} is refused with the bound it breaks, as a
 * Pydantic field constrained to that range would be.
 */
public final class IntType extends NumericType<Integer, IntType> {
    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    public IntType() {
        this(Meta.NONE, List.of());
    }

    private IntType(Meta meta, List<Constraint> bounds) {
        super(meta, bounds);
    }

    @Override
    protected IntType withMeta(Meta meta) {
        return new IntType(meta, bounds);
    }

    @Override
    protected IntType withBounds(List<Constraint> bounds) {
        return new IntType(meta(), bounds);
    }

    @Override
    protected Integer coerce(Number bound) {
        return Math.toIntExact(Integers.exact(bound));
    }

    @Override
    protected boolean isMultiple(Integer value, Integer of) {
        return value % of == 0;
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return Integer.class;
    }

    @Override
    public String toString() {
        return "int_()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.INTEGER;
    }

    @Override
    public Integer fromText(String raw) {
        return valueOrThrow(readText(raw));
    }

    @Override
    public Object readText(String raw) {
        // Most inputs are a few plain digits: read them without a BigInteger.
        int n = raw.length();
        if (n > 0 && n <= 9) {
            int start = raw.charAt(0) == '-' ? 1 : 0;
            int v = 0;
            int i = start;
            for (; i < n; i++) {
                char c = raw.charAt(i);
                if (c < '0' || c > '9') break;
                v = v * 10 + (c - '0');
            }
            if (i == n && n > start) return checked(start == 1 ? -v : v);
        }
        try {
            BigInteger big = Numbers.parseInteger(raw);
            if (big == null) return Integers.PARSING;
            // Too many digits for an int or for parsing at all: rare enough to throw and catch here.
            return check(fromBig(big));
        } catch (Invalid refused) {
            return refused;
        }
    }

    @Override
    public Integer fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        BigInteger big = Integers.fromJson(node, loc, errors);
        if (big == null) return null;
        Integer value;
        try {
            value = fromBig(big); // throws only beyond the Java type's range
        } catch (Invalid invalid) {
            JsonReading.fail(errors, loc, invalid, node);
            return null;
        }
        return checkedJson(value, node, loc, errors);
    }

    /** Narrows an integer read from JSON or text, refusing what does not fit in an {@code int}. */
    public Integer fromBig(BigInteger value) {
        checkBig(value);
        if (value.compareTo(MIN) < 0)
            throw Integers.outOfRange("greater_than_equal", "greater than or equal to", "ge", Integer.MIN_VALUE);
        if (value.compareTo(MAX) > 0)
            throw Integers.outOfRange("less_than_equal", "less than or equal to", "le", Integer.MAX_VALUE);
        return value.intValue();
    }

    /** Shared integer helpers for {@link IntType} and {@link LongType}. */
    static final class Integers {
        private Integers() {}

        static final Invalid PARSING =
                new Invalid("int_parsing", "Input should be a valid integer, unable to parse string as an integer");

        static BigInteger parse(String raw) {
            BigInteger value = Numbers.parseInteger(raw);
            if (value == null) throw PARSING;
            return value;
        }

        static long exact(Number bound) {
            if (bound instanceof Double || bound instanceof Float) {
                double d = bound.doubleValue();
                if (d != Math.rint(d)) throw new IllegalArgumentException("an integer bound must be whole: " + bound);
                return (long) d;
            }
            return bound.longValue();
        }

        /** Pydantic's lax integer: whole numbers, whole floats, numeric strings, booleans. */
        static BigInteger fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
            if (node.isIntegralNumber()) return node.bigIntegerValue();
            if (node.isFloatingPointNumber()) {
                double d = node.doubleValue();
                if (Double.isFinite(d) && d == Math.rint(d))
                    return node.decimalValue().toBigInteger();
                if (!Double.isFinite(d)) {
                    JsonReading.fail(errors, loc, "finite_number", "Input should be a finite number", node);
                } else {
                    JsonReading.fail(
                            errors,
                            loc,
                            "int_from_float",
                            "Input should be a valid integer, got a number with a fractional part",
                            node);
                }
                return null;
            }
            if (node.isBoolean()) return node.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
            if (node.isTextual()) {
                try {
                    return parse(node.textValue());
                } catch (Invalid invalid) {
                    JsonReading.fail(errors, loc, invalid, node.textValue());
                    return null;
                }
            }
            JsonReading.fail(errors, loc, "int_type", "Input should be a valid integer", node);
            return null;
        }

        static Invalid outOfRange(String type, String words, String key, long limit) {
            return new Invalid(type, "Input should be " + words + " " + limit, Map.of(key, limit));
        }
    }
}
