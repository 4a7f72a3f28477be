package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import java.math.BigInteger;
import java.util.List;

/** A 64-bit integer; text outside the range of {@code long} is refused with the bound it breaks. */
public final class LongType extends NumericType<Long, LongType> {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public LongType() {
        this(Meta.NONE, List.of());
    }

    private LongType(Meta meta, List<Constraint> bounds) {
        super(meta, bounds);
    }

    @Override
    protected LongType withMeta(Meta meta) {
        return new LongType(meta, bounds);
    }

    @Override
    protected LongType withBounds(List<Constraint> bounds) {
        return new LongType(meta(), bounds);
    }

    @Override
    protected Long coerce(Number bound) {
        return IntType.Integers.exact(bound);
    }

    @Override
    protected boolean isMultiple(Long value, Long of) {
        return value % of == 0;
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return Long.class;
    }

    @Override
    public String toString() {
        return "long_()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.INTEGER;
    }

    @Override
    public Long fromText(String raw) {
        return check(fromBig(IntType.Integers.parse(raw)));
    }

    @Override
    public Long fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        BigInteger big = IntType.Integers.fromJson(node, loc, errors);
        if (big == null) return null;
        Long value;
        try {
            value = fromBig(big); // throws only beyond the Java type's range
        } catch (Invalid invalid) {
            JsonReading.fail(errors, loc, invalid, node);
            return null;
        }
        return checkedJson(value, node, loc, errors);
    }

    /** Narrows an integer read from JSON or text, refusing what does not fit in a {@code long}. */
    public Long fromBig(BigInteger value) {
        checkBig(value);
        if (value.compareTo(MIN) < 0) {
            throw IntType.Integers.outOfRange("greater_than_equal", "greater than or equal to", "ge", Long.MIN_VALUE);
        }
        if (value.compareTo(MAX) > 0) {
            throw IntType.Integers.outOfRange("less_than_equal", "less than or equal to", "le", Long.MAX_VALUE);
        }
        return value.longValue();
    }
}
