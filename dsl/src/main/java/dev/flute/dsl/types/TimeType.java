package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyText;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * A time of day, Pydantic's {@code time}: {@code HH:MM[:SS[.ffffff]]} with an optional offset, or
 * seconds since midnight (then aware, in UTC, as Pydantic makes it). Like Python's {@code time} it
 * is naive or aware:
 *
 * <ul>
 *   <li>{@code time()}: a {@link LocalTime} without an offset, an {@link OffsetTime} with one;
 *   <li>{@code localTime()}: naive only; {@code offsetTime()}: aware only.
 * </ul>
 */
public final class TimeType<T extends Temporal> extends AbstractType<T, TimeType<T>> {
    private static final String PARSING = "Input should be in a valid time format, ";

    enum Shape {
        ANY(Temporal.class, "time"),
        AWARE(OffsetTime.class, "offsetTime"),
        NAIVE(LocalTime.class, "localTime");

        final Class<?> javaType;
        final String factory;

        Shape(Class<?> javaType, String factory) {
            this.javaType = javaType;
            this.factory = factory;
        }
    }

    private final Shape shape;

    private TimeType(Meta meta, Shape shape) {
        super(meta);
        this.shape = shape;
    }

    public static TimeType<Temporal> any() {
        return new TimeType<>(Meta.NONE, Shape.ANY);
    }

    public static TimeType<OffsetTime> aware() {
        return new TimeType<>(Meta.NONE, Shape.AWARE);
    }

    public static TimeType<LocalTime> naive() {
        return new TimeType<>(Meta.NONE, Shape.NAIVE);
    }

    @Override
    protected TimeType<T> withMeta(Meta meta) {
        return new TimeType<>(meta, shape);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return shape.javaType;
    }

    @Override
    public String toString() {
        return shape.factory + "()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public String format() {
        return "time";
    }

    @Override
    public T fromText(String raw) {
        try {
            return shaped(Speedate.time(TemporalReading.utf8(raw), 0));
        } catch (Speedate.Failure e) {
            throw TemporalReading.parsing("time_parsing", PARSING, e.getMessage());
        }
    }

    @Override
    public T fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return TemporalReading.report(
                () -> {
                    if (node.isTextual()) return fromText(node.textValue());
                    if (!node.isNumber()) throw TemporalReading.typeError("time_type", "time");
                    try {
                        return shaped(seconds(TemporalReading.number(node)));
                    } catch (Speedate.Failure e) {
                        throw TemporalReading.parsing("time_parsing", PARSING, e.getMessage());
                    }
                },
                node,
                loc,
                errors);
    }

    @Override
    public Object toJson(T value) {
        return PyText.temporal(value, PyText.Style.PYDANTIC);
    }

    /** Pydantic's {@code int_as_time} and {@code float_as_time}. */
    private static Speedate.RawTime seconds(Number n) {
        long whole;
        long micros = 0;
        if (n instanceof Long l) {
            whole = l;
        } else {
            double f = n.doubleValue();
            if (Double.isNaN(f)) throw Speedate.fail("NaN values not permitted");
            micros = Speedate.saturatingU32(Math.round(Math.abs(f - (f < 0 ? Math.ceil(f) : Math.floor(f))) * 1e6));
            whole = (long) Math.floor(f);
        }
        if (whole < 0) throw Speedate.fail("time in seconds should be positive");
        return Speedate.timeOfSeconds(Math.min(whole, 0xFFFF_FFFFL), micros);
    }

    @SuppressWarnings("unchecked")
    private T shaped(Speedate.RawTime t) {
        if (t.offset() == null && shape == Shape.AWARE) {
            throw new Invalid("timezone_aware", "Input should have timezone info");
        }
        if (t.offset() != null && shape == Shape.NAIVE) {
            throw new Invalid("timezone_naive", "Input should not have timezone info");
        }
        var local = LocalTime.of(t.hour(), t.minute(), t.second(), t.micro() * 1000);
        return (T) (t.offset() == null ? local : OffsetTime.of(local, ZoneOffset.ofTotalSeconds(t.offset())));
    }
}
