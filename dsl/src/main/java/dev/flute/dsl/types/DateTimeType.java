package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyText;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * A date and time, Pydantic's {@code datetime}: RFC 3339 text (with {@code T}, a space or
 * {@code _}), a date alone (midnight), or a unix timestamp in seconds or milliseconds, which is
 * UTC. Errors are Pydantic's, word for word.
 *
 * <p>Python's {@code datetime} is naive or aware; so are the Java values:
 *
 * <ul>
 *   <li>{@code dateTime()}: either, as Python has it: a {@link LocalDateTime} when the input has no
 *       offset, an {@link OffsetDateTime} when it has one;
 *   <li>{@code offsetDateTime()}: aware only (Pydantic's {@code AwareDatetime});
 *   <li>{@code localDateTime()}: naive only (Pydantic's {@code NaiveDatetime});
 *   <li>{@code instant()}: aware only, as an {@link Instant}.
 * </ul>
 */
public final class DateTimeType<T extends Temporal> extends AbstractType<T, DateTimeType<T>> {
    private static final String PARSING = "Input should be a valid datetime, ";

    enum Shape {
        ANY(Temporal.class, "dateTime"),
        AWARE(OffsetDateTime.class, "offsetDateTime"),
        NAIVE(LocalDateTime.class, "localDateTime"),
        INSTANT(Instant.class, "instant");

        final Class<?> javaType;
        final String factory;

        Shape(Class<?> javaType, String factory) {
            this.javaType = javaType;
            this.factory = factory;
        }
    }

    private final Shape shape;

    private DateTimeType(Meta meta, Shape shape) {
        super(meta);
        this.shape = shape;
    }

    public static DateTimeType<Temporal> any() {
        return new DateTimeType<>(Meta.NONE, Shape.ANY);
    }

    public static DateTimeType<OffsetDateTime> aware() {
        return new DateTimeType<>(Meta.NONE, Shape.AWARE);
    }

    public static DateTimeType<LocalDateTime> naive() {
        return new DateTimeType<>(Meta.NONE, Shape.NAIVE);
    }

    public static DateTimeType<Instant> instant() {
        return new DateTimeType<>(Meta.NONE, Shape.INSTANT);
    }

    @Override
    protected DateTimeType<T> withMeta(Meta meta) {
        return new DateTimeType<>(meta, shape);
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
        return "date-time";
    }

    @Override
    public T fromText(String raw) {
        return shaped(text(raw));
    }

    @Override
    public T fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return TemporalReading.report(() -> shaped(json(node)), node, loc, errors);
    }

    @Override
    public Object toJson(T value) {
        return PyText.temporal(value, PyText.Style.PYDANTIC);
    }

    /** A string: a date-time, else a date (and then the date's reason is the one reported). */
    static Speedate.RawDateTime text(String raw) {
        byte[] b = TemporalReading.utf8(raw);
        try {
            return Speedate.dateTime(b);
        } catch (Speedate.Failure notDateTime) {
            try {
                Speedate.RawDate date = Speedate.date(b);
                return new Speedate.RawDateTime(date, new Speedate.RawTime(0, 0, 0, 0, null));
            } catch (Speedate.Failure notDate) {
                throw TemporalReading.parsing(
                        "datetime_from_date_parsing",
                        "Input should be a valid datetime or date, ",
                        notDate.getMessage());
            }
        }
    }

    /** A JSON value: text as above, a number as a unix timestamp. */
    static Speedate.RawDateTime json(JsonNode node) {
        if (node.isTextual()) return text(node.textValue());
        if (!node.isNumber()) throw TemporalReading.typeError("datetime_type", "datetime");
        return timestamp(TemporalReading.number(node));
    }

    static Speedate.RawDateTime timestamp(Number n) {
        try {
            return rawTimestamp(n);
        } catch (Speedate.Failure e) {
            throw TemporalReading.parsing("datetime_parsing", PARSING, e.getMessage());
        }
    }

    /** Pydantic's {@code int_as_datetime} and {@code float_as_datetime}. */
    static Speedate.RawDateTime rawTimestamp(Number n) {
        if (n instanceof Long l) return Speedate.fromTimestamp(l, 0);
        double f = n.doubleValue();
        if (Double.isNaN(f)) throw Speedate.fail("NaN values not permitted");
        double fraction = Math.abs(f - (f < 0 ? Math.ceil(f) : Math.floor(f)));
        return Speedate.fromTimestamp((long) Math.floor(f), Speedate.saturatingU32(Math.round(fraction * 1e6)));
    }

    @SuppressWarnings("unchecked")
    private T shaped(Speedate.RawDateTime raw) {
        Speedate.RawDate d = raw.date();
        Speedate.RawTime t = raw.time();
        // Pydantic checks the timezone constraint before it builds the Python value (which refuses year 0).
        if (t.offset() == null && (shape == Shape.AWARE || shape == Shape.INSTANT)) {
            throw new Invalid("timezone_aware", "Input should have timezone info");
        }
        if (t.offset() != null && shape == Shape.NAIVE) {
            throw new Invalid("timezone_naive", "Input should not have timezone info");
        }
        if (d.year() == 0) throw TemporalReading.parsing("datetime_parsing", PARSING, "year 0 is out of range");
        var local = LocalDateTime.of(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.micro() * 1000);
        if (t.offset() == null) return (T) local;
        OffsetDateTime aware = local.atOffset(ZoneOffset.ofTotalSeconds(t.offset()));
        return (T) (shape == Shape.INSTANT ? aware.toInstant() : aware);
    }
}
