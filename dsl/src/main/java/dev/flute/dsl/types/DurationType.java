package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyText;
import java.time.Duration;
import java.util.List;

/**
 * A duration, Pydantic's {@code timedelta}: seconds as a number ({@code 3600}, {@code 0.5}), ISO 8601
 * ({@code P1DT2H30M}), {@code [-]HH:MM:SS[.ffffff]} or {@code 1 day, 01:00:00}. Out of a model it
 * is written in ISO 8601 as Pydantic does ({@code PT1H}); as a plain value in a response it is its
 * total seconds, as {@code jsonable_encoder} writes it ({@code 3600.0}).
 */
public final class DurationType extends AbstractType<Duration, DurationType> {
    private static final String PARSING = "Input should be a valid timedelta, ";

    public DurationType() {
        this(Meta.NONE);
    }

    private DurationType(Meta meta) {
        super(meta);
    }

    @Override
    protected DurationType withMeta(Meta meta) {
        return new DurationType(meta);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return java.time.Duration.class;
    }

    @Override
    public String toString() {
        return "duration()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public String format() {
        return "duration";
    }

    @Override
    public Duration fromText(String raw) {
        try {
            return SpeedateDuration.parse(TemporalReading.utf8(raw)).toJava();
        } catch (Speedate.Failure e) {
            throw TemporalReading.parsing("time_delta_parsing", PARSING, e.getMessage());
        }
    }

    @Override
    public Duration fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return TemporalReading.report(
                () -> {
                    if (node.isTextual()) return fromText(node.textValue());
                    Number seconds;
                    // A Python bool is an int, and Pydantic reads True as one second.
                    if (node.isBoolean()) seconds = node.booleanValue() ? 1L : 0L;
                    else if (node.isNumber()) seconds = TemporalReading.number(node);
                    else throw TemporalReading.typeError("time_delta_type", "timedelta");
                    try {
                        SpeedateDuration.Raw raw = seconds instanceof Long l
                                ? SpeedateDuration.ofSeconds(l.longValue())
                                : SpeedateDuration.ofSeconds(seconds.doubleValue());
                        return raw.toJava();
                    } catch (Speedate.Failure e) {
                        throw TemporalReading.parsing("time_delta_parsing", PARSING, e.getMessage());
                    }
                },
                node,
                loc,
                errors);
    }

    @Override
    public Object toJson(Duration value) {
        return PyText.isoDuration(value);
    }
}
