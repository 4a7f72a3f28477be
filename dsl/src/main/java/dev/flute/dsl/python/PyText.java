package dev.flute.dsl.python;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * How FastAPI writes dates, times, durations and decimals in JSON. There are two spellings, and
 * FastAPI uses both:
 *
 * <ul>
 *   <li>{@link Style#PYTHON}, what {@code jsonable_encoder} does with a plain value: Python's
 *       {@code isoformat()} ({@code +00:00} for UTC), a duration as its total seconds
 *       ({@code 3600.0}), a decimal as an int or a float;
 *   <li>{@link Style#PYDANTIC}, what Pydantic's serializer does inside a model or a response model:
 *       {@code Z} for UTC, a duration in ISO 8601 ({@code PT1H}), a decimal as a string.
 * </ul>
 *
 * Python has microseconds, not nanoseconds: finer digits are cut.
 */
public final class PyText {
    private PyText() {}

    /** Which of FastAPI's two renderings. */
    public enum Style {
        PYTHON,
        PYDANTIC
    }

    /** A date, time or date-time as text; a {@link Temporal} of another kind is refused. */
    public static String temporal(Temporal value, Style style) {
        if (value instanceof LocalDateTime t) return t.toLocalDate() + "T" + clock(t.toLocalTime());
        if (value instanceof OffsetDateTime t)
            return t.toLocalDate() + "T" + clock(t.toLocalTime()) + offset(t.getOffset(), style);
        if (value instanceof ZonedDateTime t) return temporal(t.toOffsetDateTime(), style);
        if (value instanceof Instant t) return temporal(t.atOffset(ZoneOffset.UTC), style);
        if (value instanceof java.time.LocalDate t) return date(t);
        if (value instanceof LocalTime t) return clock(t);
        if (value instanceof OffsetTime t) return clock(t.toLocalTime()) + offset(t.getOffset(), style);
        throw new IllegalArgumentException(
                "not a date or time Python knows: " + value.getClass().getName());
    }

    /** Python's {@code date.isoformat()}: four-digit years, as Python pads them. */
    public static String date(java.time.LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** {@code HH:MM:SS}, and {@code .ffffff} when there are microseconds (both spellings agree here). */
    static String clock(LocalTime t) {
        int micro = t.get(ChronoField.MICRO_OF_SECOND);
        String hms = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        return micro == 0 ? hms : hms + String.format(".%06d", micro);
    }

    /** Python writes the seconds of an odd offset; Pydantic drops them and writes UTC as {@code Z}. */
    static String offset(ZoneOffset offset, Style style) {
        int total = offset.getTotalSeconds();
        if (style == Style.PYDANTIC && total == 0) return "Z";
        int abs = Math.abs(total);
        String out = String.format("%s%02d:%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        if (style == Style.PYTHON && abs % 60 != 0) out += String.format(":%02d", abs % 60);
        return out;
    }

    /** Python's {@code timedelta.total_seconds()}: a float, microseconds exact. */
    public static double totalSeconds(Duration d) {
        // Python divides the exact count of microseconds; past 2^63 microseconds a long would overflow.
        var micros = java.math.BigInteger.valueOf(d.getSeconds())
                .multiply(java.math.BigInteger.valueOf(1_000_000))
                .add(java.math.BigInteger.valueOf(d.getNano() / 1_000));
        return new BigDecimal(micros).movePointLeft(6).doubleValue();
    }

    /** Pydantic's ISO 8601 duration: years of 365 days, {@code PT0S} for nothing, a leading sign. */
    public static String isoDuration(Duration d) {
        boolean negative = d.isNegative();
        Duration abs = d.abs();
        long micros = abs.getNano() / 1_000;
        long days = abs.getSeconds() / 86_400;
        long seconds = abs.getSeconds() % 86_400;
        var out = new StringBuilder(negative ? "-P" : "P");
        if (days / 365 != 0) out.append(days / 365).append('Y');
        if (days % 365 != 0) out.append(days % 365).append('D');
        if (seconds != 0 || micros != 0) {
            out.append('T');
            if (seconds / 3600 != 0) out.append(seconds / 3600).append('H');
            if (seconds % 3600 / 60 != 0) out.append(seconds % 3600 / 60).append('M');
            if (seconds % 60 != 0 || micros != 0) {
                out.append(seconds % 60);
                if (micros != 0)
                    out.append('.').append(String.format("%06d", micros).replaceAll("0+$", ""));
                out.append('S');
            }
        }
        if (days == 0 && seconds == 0 && micros == 0) out.append("T0S");
        return out.toString();
    }

    /** Python's {@code str(Decimal)}, which follows the same plain-or-scientific rule as Java's. */
    public static String decimal(BigDecimal d) {
        return d.toString();
    }

    /** {@code jsonable_encoder}'s decimal: an int when it has no fraction digits, else a float. */
    public static Number decimalAsNumber(BigDecimal d) {
        return d.scale() <= 0 ? d.toBigIntegerExact() : d.doubleValue();
    }

    /** Python's {@code bytes.decode()}: the bytes as UTF-8 text; malformed bytes are a server error, as in FastAPI. */
    public static String utf8(byte[] value) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(value))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("bytes that are not UTF-8 cannot be written as JSON text", e);
        }
    }
}
