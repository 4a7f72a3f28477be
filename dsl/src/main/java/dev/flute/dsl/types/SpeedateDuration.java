package dev.flute.dsl.types;

/**
 * speedate 0.15's duration parser, as Pydantic 2.10 uses it for {@code timedelta}: ISO 8601
 * ({@code P1DT2H30M}), {@code [-]HH:MM[:SS[.ffffff]]} with any number of hours, and
 * {@code N day[s][,] HH:MM:SS}. Arithmetic is done in unsigned 32-bit ranges as speedate does, so
 * the same inputs overflow with the same message.
 */
final class SpeedateDuration {
    private SpeedateDuration() {}

    private static final long U32 = 0xFFFF_FFFFL;
    private static final String TOO_LARGE = "a numeric value in the duration is too large";

    /** A duration as speedate holds it: a sign and non-negative parts. */
    record Raw(boolean positive, long day, long second, long micro) {
        /** speedate's {@code Duration::new}: carries microseconds and seconds upwards, caps the days. */
        static Raw normalized(boolean positive, long day, long second, long micro) {
            long d = day;
            long s = second;
            long us = micro;
            if (us >= 1_000_000) {
                s = checked(s + us / 1_000_000);
                us %= 1_000_000;
            }
            if (s >= 86_400) {
                d = checked(d + s / 86_400);
                s %= 86_400;
            }
            if (d > 999_999_999) throw Speedate.fail("durations may not exceed 999,999,999 days");
            return new Raw(positive, d, s, us);
        }

        java.time.Duration toJava() {
            var d = java.time.Duration.ofDays(day).plusSeconds(second).plusNanos(micro * 1_000);
            return positive ? d : d.negated();
        }
    }

    static Raw parse(byte[] all) {
        boolean positive = true;
        int from = 0;
        if (all.length > 0 && all[0] == '-') {
            positive = false;
            from = 1;
        } else if (all.length > 0 && all[0] == '+') {
            from = 1;
        }
        byte[] b = java.util.Arrays.copyOfRange(all, from, all.length);
        Raw d;
        if (b.length == 0) throw Speedate.fail("input is too short");
        else if (b[0] == 'P') d = iso(java.util.Arrays.copyOfRange(b, 1, b.length));
        else if (hasDayMarker(b) || b.length < 5) d = daysTime(b);
        else d = time(b);
        return Raw.normalized(positive, d.day(), d.second(), d.micro());
    }

    /** Whole seconds, as Pydantic reads an integer. */
    static Raw ofSeconds(long seconds) {
        boolean positive = seconds >= 0;
        // unsigned_abs, then Rust's truncating "as u32" of the day count.
        long abs = positive ? seconds : -seconds;
        long days = Long.divideUnsigned(abs, 86_400) & U32;
        long rest = Long.remainderUnsigned(abs, 86_400);
        return Raw.normalized(positive, days, rest, 0);
    }

    /** Fractional seconds, as Pydantic reads a float (Rust's saturating casts included). */
    static Raw ofSeconds(double seconds) {
        if (Double.isNaN(seconds)) throw Speedate.fail("NaN values not permitted");
        boolean positive = seconds >= 0;
        double abs = Math.abs(seconds);
        double micro = (abs - Math.floor(abs)) * 1_000_000d;
        long days = saturate(abs / 86_400d);
        long rest = Math.floorMod(saturateU64(abs), 86_400L);
        return Raw.normalized(positive, days, rest, Speedate.saturatingU32(Math.round(micro)));
    }

    private static Raw iso(byte[] b) {
        boolean gotT = false;
        boolean lastHadFraction = false;
        int position = 0;
        long day = 0;
        long second = 0;
        long micro = 0;
        while (position < b.length) {
            byte c = b[position];
            if (c == 'T') {
                if (gotT) throw Speedate.fail("`t` character repeated in duration");
                gotT = true;
            } else {
                long[] number = number(b, position);
                long value = number[0];
                position = (int) number[1];
                Double fraction = null;
                if (position < b.length && (b[position] == '.' || b[position] == ',')) {
                    double decimal = 0;
                    double denominator = 1;
                    position++;
                    while (position < b.length && Speedate.isDigit(b[position])) {
                        decimal = decimal * 10 + (b[position] - '0');
                        denominator *= 10;
                        position++;
                    }
                    fraction = decimal / denominator;
                }
                if (lastHadFraction) throw Speedate.fail("quantity fraction invalid in duration");
                if (fraction != null) lastHadFraction = true;
                int unit = Speedate.byteAt(b, position);
                if (gotT) {
                    long mult =
                            switch (unit) {
                                case 'H' -> 3600;
                                case 'M' -> 60;
                                case 'S' -> 1;
                                default -> throw Speedate.fail("quantity invalid in time part of duration");
                            };
                    second = checked(second + checked(mult * value));
                    if (fraction != null) {
                        double extra = fraction * mult;
                        double full = Math.floor(extra);
                        second = checked(second + (long) full);
                        micro = checked(micro + Math.round((extra - full) * 1_000_000d));
                    }
                } else {
                    long mult =
                            switch (unit) {
                                case 'Y' -> 365;
                                case 'M' -> 30;
                                case 'W' -> 7;
                                case 'D' -> 1;
                                default -> throw Speedate.fail("quantity invalid in date part of duration");
                            };
                    day = checked(day + checked(value * mult));
                    if (fraction != null) {
                        double extraDays = fraction * mult;
                        double fullDays = Math.floor(extraDays);
                        day = checked(day + (long) fullDays);
                        double extraSeconds = (extraDays - fullDays) * 86_400d;
                        double fullSeconds = Math.floor(extraSeconds);
                        second = checked(second + (long) fullSeconds);
                        micro += Math.round((extraSeconds - fullSeconds) * 1_000_000d);
                    }
                }
            }
            position++;
        }
        if (position < 2) throw Speedate.fail("input is too short");
        return new Raw(true, day, second, micro);
    }

    private static boolean hasDayMarker(byte[] b) {
        for (byte c : b) if (c == 'd' || c == 'D') return true;
        return false;
    }

    /** {@code N d}, {@code N days, HH:MM:SS} and the like. */
    private static Raw daysTime(byte[] b) {
        long[] number = number(b, 0);
        long day = number[0];
        int p = (int) number[1];
        if (Speedate.byteAt(b, p) == ' ' && isD(Speedate.byteAt(b, p + 1))) p += 2;
        else if (isD(Speedate.byteAt(b, p))) p += 1;
        else throw Speedate.fail("\"day\" identifier in duration not correctly formatted");
        if (startsWith(b, p, "ays") || startsWith(b, p, "AYS")) p += 3;
        else if (startsWith(b, p, "ay") || startsWith(b, p, "AY")) p += 2;
        else if (Speedate.byteAt(b, p) == 'a' || Speedate.byteAt(b, p) == 'A') {
            throw Speedate.fail("\"day\" identifier in duration not correctly formatted");
        }
        if (startsWith(b, p, ", ")) p += 2;
        else if (Speedate.byteAt(b, p) == ',' || Speedate.byteAt(b, p) == ' ') p += 1;
        if (p == b.length) return new Raw(true, day, 0, 0);
        Raw t = time(java.util.Arrays.copyOfRange(b, p, b.length));
        if (t.day() > 0) throw Speedate.fail("durations may not exceed 999,999,999 hours");
        return new Raw(true, day, t.second(), t.micro());
    }

    /** {@code H...H:MM[:SS[.ffffff]]}: the minutes onwards are read as a time of day. */
    private static Raw time(byte[] b) {
        if (b.length < 5) throw Speedate.fail("input is too short");
        int colon = -1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) throw Speedate.fail("invalid character in hour");
        if (colon > 10) throw Speedate.fail("durations may not exceed 999,999,999 hours");
        long hour = 0;
        for (int i = 0; i < colon; i++) {
            int h = (b[i] - '0') & 0xff;
            if (h > 9) throw Speedate.fail("invalid character in hour");
            hour = hour * 10 + h;
        }
        if (hour > 24L * 100_000_000L) throw Speedate.fail("durations may not exceed 999,999,999 hours");
        int remaining = b.length - colon - 1;
        // Fractions beyond microseconds are cut off, Pydantic's default "truncate".
        if (3 + remaining > 15) remaining = 12;
        byte[] asTime = new byte[3 + remaining];
        asTime[0] = '0';
        asTime[1] = '0';
        asTime[2] = ':';
        System.arraycopy(b, colon + 1, asTime, 3, remaining);
        int[] t = Speedate.pureTime(asTime, 0);
        if (asTime.length > t[4]) throw Speedate.fail("unexpected extra characters at the end of the input");
        long day = hour / 24;
        hour %= 24;
        long seconds = t[0] * 3600L + t[1] * 60L + t[2] + hour * 3600;
        return new Raw(true, day, seconds, t[3]);
    }

    private static long[] number(byte[] b, int from) {
        if (!(from < b.length && Speedate.isDigit(b[from]))) throw Speedate.fail("invalid digit in duration");
        long value = b[from] - '0';
        int p = from + 1;
        while (p < b.length && Speedate.isDigit(b[p])) {
            value = checked(checked(value * 10) + (b[p] - '0'));
            p++;
        }
        return new long[] {value, p};
    }

    private static boolean isD(int c) {
        return c == 'd' || c == 'D';
    }

    private static boolean startsWith(byte[] b, int at, String prefix) {
        if (at + prefix.length() > b.length) return false;
        for (int i = 0; i < prefix.length(); i++) if (b[at + i] != prefix.charAt(i)) return false;
        return true;
    }

    private static long checked(long value) {
        if (value > U32 || value < 0) throw Speedate.fail(TOO_LARGE);
        return value;
    }

    private static long saturate(double value) {
        return (long) Math.min(Math.max(value, 0), U32);
    }

    private static long saturateU64(double value) {
        // Rust's "as u64" saturates at 2^64-1; for the remainder modulo a day only the low part matters
        // while the value is exact, and a larger value is already refused through its day count.
        return value >= 9.2e18 ? Long.MAX_VALUE : (long) value;
    }
}
