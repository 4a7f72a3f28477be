package dev.flute.dsl.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.http.ValidationError;
import dev.flute.dsl.python.PyText;
import java.time.LocalDate;
import java.util.List;

/**
 * A calendar date, Pydantic's {@code date}: {@code YYYY-MM-DD}, or anything Pydantic reads as a
 * date-time whose time is exactly midnight (a unix timestamp of a whole day,
 * {@code 2024-01-01T00:00:00}). Errors are Pydantic's, word for word.
 */
public final class DateType extends AbstractType<LocalDate, DateType> {

    public DateType() {
        this(Meta.NONE);
    }

    private DateType(Meta meta) {
        super(meta);
    }

    @Override
    protected DateType withMeta(Meta meta) {
        return new DateType(meta);
    }

    @Override
    public java.lang.reflect.Type javaType() {
        return java.time.LocalDate.class;
    }

    @Override
    public String toString() {
        return "date()";
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public String format() {
        return "date";
    }

    @Override
    public LocalDate fromText(String raw) {
        Speedate.RawDate date;
        try {
            date = Speedate.date(TemporalReading.utf8(raw));
        } catch (Speedate.Failure notDate) {
            date = fromDateTime(() -> Speedate.dateTime(TemporalReading.utf8(raw)));
        }
        return build(date);
    }

    @Override
    public LocalDate fromJson(JsonNode node, Loc loc, List<ValidationError> errors) {
        return TemporalReading.report(
                () -> {
                    if (node.isTextual()) return fromText(node.textValue());
                    // Pydantic reads a number as a date only through a date-time at exactly midnight.
                    if (!node.isNumber()) throw TemporalReading.typeError("date_type", "date");
                    return build(fromDateTime(() -> DateTimeType.rawTimestamp(TemporalReading.number(node))));
                },
                node,
                loc,
                errors);
    }

    @Override
    public Object toJson(LocalDate value) {
        return PyText.date(value);
    }

    /** Pydantic's {@code date_from_datetime}: the date of a date-time at midnight, else why not. */
    private static Speedate.RawDate fromDateTime(java.util.function.Supplier<Speedate.RawDateTime> read) {
        Speedate.RawDateTime dt;
        try {
            dt = read.get();
        } catch (Speedate.Failure e) {
            throw TemporalReading.parsing(
                    "date_from_datetime_parsing", "Input should be a valid date or datetime, ", e.getMessage());
        }
        Speedate.RawTime t = dt.time();
        if (t.hour() != 0 || t.minute() != 0 || t.second() != 0 || t.micro() != 0) {
            throw new Invalid(
                    "date_from_datetime_inexact",
                    "Datetimes provided to dates should have zero time - e.g. be exact dates");
        }
        return dt.date();
    }

    private static LocalDate build(Speedate.RawDate d) {
        if (d.year() == 0) {
            throw TemporalReading.parsing(
                    "date_parsing",
                    "Input should be a valid date in the format YYYY-MM-DD, ",
                    "year 0 is out of range");
        }
        return LocalDate.of(d.year(), d.month(), d.day());
    }
}
