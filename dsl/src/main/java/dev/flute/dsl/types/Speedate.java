package dev.flute.dsl.types;

import java.time.LocalDate;

/**
 * A port of speedate 0.15, the date and time parser inside Pydantic 2.10: the same accepted forms
 * (RFC 3339 and its lax cousins, unix timestamps in seconds or milliseconds) and the same reasons
 * for refusing, so a 422 says what FastAPI would say. It works on UTF-8 bytes because speedate's
 * length and position rules count bytes. Pydantic's default of truncating fractions beyond
 * microseconds is built in.
 */
final class Speedate {
    private Speedate() {}

    /** Above this a timestamp is in milliseconds (in seconds it would be in 2603). */
    static final long MS_WATERSHED = 20_000_000_000L;

    private static final long UNIX_9999 = 253_402_300_799L;
    private static final long UNIX_0000 = -62_167_219_200L;

    record RawDate(int year, int month, int day) {}

    /** @param offset seconds east of UTC, or null for a naive time */
    record RawTime(int hour, int minute, int second, int micro, Integer offset) {}

    record RawDateTime(RawDate date, RawTime time) {}

    /** Why a text is not a date, time or duration; the message is Pydantic's {@code ctx.error}. */
    static final class Failure extends RuntimeException {
        Failure(String why) {
            super(why, null, false, false);
        }
    }

    static Failure fail(String why) {
        return new Failure(why);
    }

    // ---- dates ---------------------------------------------------------------------------------

    /** {@code Date::parse_bytes}: {@code YYYY-MM-DD}, else an integer timestamp that is an exact day. */
    static RawDate date(byte[] b) {
        try {
            RawDate d = datePrefix(b);
            if (b.length > 10) throw fail("unexpected extra characters at the end of the input");
            return d;
        } catch (Failure e) {
            Long timestamp = parseInt(b);
            if (timestamp == null) throw e;
            long[] secondsMicros = watershed(timestamp);
            long seconds = secondsMicros[0];
            RawDate d = dateOfSeconds(seconds);
            if (Math.floorMod(seconds, 86_400L) != 0 || secondsMicros[1] != 0) {
                throw fail("Timestamp is not an exact date");
            }
            return d;
        }
    }

    /** The first ten bytes as a date, checked against the calendar. */
    static RawDate datePrefix(byte[] b) {
        if (b.length < 10) throw fail("input is too short");
        int year = digit(b, 0, "invalid character in year") * 1000
                + digit(b, 1, "invalid character in year") * 100
                + digit(b, 2, "invalid character in year") * 10
                + digit(b, 3, "invalid character in year");
        if (b[4] != '-') throw fail("invalid date separator, expected `-`");
        int month = digit(b, 5, "invalid character in month") * 10 + digit(b, 6, "invalid character in month");
        if (b[7] != '-') throw fail("invalid date separator, expected `-`");
        int day = digit(b, 8, "invalid character in day") * 10 + digit(b, 9, "invalid character in day");
        int maxDays =
                switch (month) {
                    case 1, 3, 5, 7, 8, 10, 12 -> 31;
                    case 4, 6, 9, 11 -> 30;
                    case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
                    default -> throw fail("month value is outside expected range of 1-12");
                };
        if (day < 1 || day > maxDays) throw fail("day value is outside expected range");
        return new RawDate(year, month, day);
    }

    /** Splits a timestamp into seconds and microseconds, reading large values as milliseconds. */
    static long[] watershed(long timestamp) {
        if (timestamp == Long.MIN_VALUE) throw fail("dates before 0000 are not supported as unix timestamps");
        if (Math.abs(timestamp) <= MS_WATERSHED) return new long[] {timestamp, 0};
        long seconds = timestamp / 1_000;
        long micros = (timestamp % 1_000) * 1_000;
        if (micros < 0) {
            seconds -= 1;
            micros += 1_000_000;
        }
        return new long[] {seconds, micros};
    }

    private static RawDate dateOfSeconds(long seconds) {
        if (seconds < UNIX_0000) throw fail("dates before 0000 are not supported as unix timestamps");
        if (seconds > UNIX_9999) throw fail("dates after 9999 are not supported as unix timestamps");
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        return new RawDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    // ---- times ---------------------------------------------------------------------------------

    /**
     * speedate's {@code PureTime}: {@code HH:MM[:SS[.ffffff]]} from {@code at}, without an offset.
     *
     * @return hour, minute, second, microsecond and the position after the time
     */
    static int[] pureTime(byte[] b, int at) {
        if (b.length - at < 5) throw fail("input is too short");
        int hour = digit(b, at, "invalid character in hour") * 10 + digit(b, at + 1, "invalid character in hour");
        if (b[at + 2] != ':') throw fail("invalid time separator, expected `:`");
        int minute =
                digit(b, at + 3, "invalid character in minute") * 10 + digit(b, at + 4, "invalid character in minute");
        if (hour > 23) throw fail("hour value is outside expected range of 0-23");
        if (minute > 59) throw fail("minute value is outside expected range of 0-59");
        int length = 5;
        int second = 0;
        int micro = 0;
        if (at + 5 < b.length && b[at + 5] == ':') {
            second = digit(b, at + 6, "invalid character in second") * 10
                    + digit(b, at + 7, "invalid character in second");
            if (second > 59) throw fail("second value is outside expected range of 0-59");
            length = 8;
            if (at + 8 < b.length && (b[at + 8] == '.' || b[at + 8] == ',')) {
                length = 9;
                int i = 0;
                while (at + length + i < b.length && isDigit(b[at + length + i])) {
                    // Digits past the sixth are dropped, Pydantic's default "truncate".
                    if (i < 6) micro = micro * 10 + (b[at + length + i] - '0');
                    i++;
                }
                if (i == 0) throw fail("second fraction digits missing after `.`");
                for (int scale = i; scale < 6; scale++) micro *= 10;
                length += i;
            }
        }
        return new int[] {hour, minute, second, micro, at + length};
    }

    /** {@code Time::parse_bytes_offset}: a {@link #pureTime} and an optional offset, to the end. */
    static RawTime time(byte[] b, int at) {
        int[] t = pureTime(b, at);
        int position = t[4];
        Integer offset = null;
        if (position < b.length) {
            byte next = b[position++];
            if (next == 'Z' || next == 'z') {
                offset = 0;
            } else {
                int sign;
                if (next == '+') sign = 1;
                else if (next == '-') sign = -1;
                else if ((next & 0xff) == 226) {
                    // U+2212 MINUS SIGN, which ISO 8601 allows for negative offsets.
                    if (byteAt(b, position) != 136 || byteAt(b, position + 1) != 146) {
                        throw fail("invalid timezone sign");
                    }
                    position += 2;
                    sign = -1;
                } else {
                    throw fail("invalid timezone sign");
                }
                int h1 = digit(b, position, "invalid timezone hour");
                int h2 = digit(b, position + 1, "invalid timezone hour");
                int m1;
                int after = byteAt(b, position + 2);
                if (after == ':') {
                    position += 3;
                    m1 = digit(b, position, "invalid timezone minute");
                } else if (after >= '0' && after <= '9') {
                    position += 2;
                    m1 = after - '0';
                } else {
                    throw fail("invalid timezone minute");
                }
                int m2 = digit(b, position + 1, "invalid timezone minute");
                int minuteSeconds = m1 * 600 + m2 * 60;
                if (minuteSeconds >= 3600) throw fail("timezone minute value is outside expected range of 0-59");
                int value = sign * (h1 * 36_000 + h2 * 3_600 + minuteSeconds);
                if (Math.abs(value) >= 24 * 3600) throw fail("timezone offset must be less than 24 hours");
                offset = value;
                position += 2;
            }
        }
        if (b.length > position) throw fail("unexpected extra characters at the end of the input");
        return new RawTime(t[0], t[1], t[2], t[3], offset);
    }

    /** A time of day from seconds since midnight, aware in UTC as Pydantic makes it. */
    static RawTime timeOfSeconds(long seconds, long micros) {
        long s = seconds;
        long us = micros;
        if (us >= 1_000_000) {
            s += us / 1_000_000;
            us %= 1_000_000;
        }
        if (s >= 86_400) throw fail("numeric times may not exceed 86,399 seconds");
        return new RawTime((int) (s / 3600), (int) (s % 3600 / 60), (int) (s % 60), (int) us, 0);
    }

    // ---- date-times ------------------------------------------------------------------------------

    /** {@code DateTime::parse_bytes_with_config}: RFC 3339-ish text, else a numeric timestamp. */
    static RawDateTime dateTime(byte[] b) {
        try {
            RawDate date = datePrefix(b);
            int sep = byteAt(b, 10);
            if (sep != 'T' && sep != 't' && sep != ' ' && sep != '_') {
                throw fail("invalid datetime separator, expected `T`, `t`, `_` or space");
            }
            return new RawDateTime(date, time(b, 11));
        } catch (Failure e) {
            Number number = parseFloat(b);
            if (number == null) throw e;
            if (number instanceof Long l) return fromTimestamp(l, 0);
            double f = number.doubleValue();
            double normalized = Math.abs(f) > MS_WATERSHED ? f / 1_000 : f;
            long seconds = (long) Math.floor(normalized);
            long micros = saturatingU32(Math.round((normalized - seconds) * 1_000_000d));
            return fromTimestamp(seconds, micros);
        }
    }

    /** A UTC date-time from a timestamp (seconds, or milliseconds past the watershed) plus microseconds. */
    static RawDateTime fromTimestamp(long timestamp, long micros) {
        long[] secondsMicros = watershed(timestamp);
        long seconds = secondsMicros[0];
        long total = micros + secondsMicros[1];
        if (total > 0xFFFF_FFFFL) throw fail("numeric times may not exceed 86,399 seconds");
        if (total >= 1_000_000) {
            if (seconds > Long.MAX_VALUE - total / 1_000_000) throw fail("numeric times may not exceed 86,399 seconds");
            seconds += total / 1_000_000;
            total %= 1_000_000;
        }
        RawDate date = dateOfSeconds(seconds);
        return new RawDateTime(date, timeOfSeconds(Math.floorMod(seconds, 86_400L), total));
    }

    // ---- numbers -------------------------------------------------------------------------------

    /** speedate's {@code int_parse_bytes}: an optional sign and ASCII digits, no overflow. */
    static Long parseInt(byte[] b) {
        int start = signLength(b);
        if (start < 0) return null;
        long value = 0;
        for (int i = start; i < b.length; i++) {
            if (!isDigit(b[i])) return null;
            try {
                value = Math.addExact(Math.multiplyExact(value, 10), b[i] - '0');
            } catch (ArithmeticException overflow) {
                return null;
            }
        }
        return b[0] == '-' && start == 1 ? -value : value;
    }

    /**
     * speedate's {@code float_parse_bytes}: digits with an optional fraction, summed digit by digit
     * exactly as speedate does (so the same double comes out). Returns a Long for an integer, a
     * Double for a fraction, or null.
     */
    static Number parseFloat(byte[] b) {
        int start = signLength(b);
        if (start < 0) return null;
        boolean negative = b[0] == '-' && start == 1;
        long whole = 0;
        int i = start;
        for (; i < b.length && b[i] != '.'; i++) {
            if (!isDigit(b[i])) return null;
            try {
                whole = Math.addExact(Math.multiplyExact(whole, 10), b[i] - '0');
            } catch (ArithmeticException overflow) {
                return null;
            }
        }
        if (i == b.length) return negative ? -whole : whole;
        double result = whole;
        double div = 10;
        for (i++; i < b.length; i++) {
            if (!isDigit(b[i])) return null;
            result += (b[i] - '0') / div;
            div *= 10;
        }
        return negative ? -result : result;
    }

    /** 1 after a sign that is followed by something, 0 without a sign, -1 for an empty input or a non-digit start. */
    private static int signLength(byte[] b) {
        int start = b.length >= 2 && (b[0] == '-' || b[0] == '+') ? 1 : 0;
        if (b.length == 0 || !isDigit(b[start])) return -1;
        return start;
    }

    /** Rust's saturating {@code as u32} of a rounded float. */
    static long saturatingU32(long value) {
        return Math.max(0, Math.min(value, 0xFFFF_FFFFL));
    }

    static int digit(byte[] b, int index, String why) {
        if (index >= b.length || !isDigit(b[index])) throw fail(why);
        return b[index] - '0';
    }

    static int byteAt(byte[] b, int index) {
        return index < b.length ? b[index] & 0xff : -1;
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
