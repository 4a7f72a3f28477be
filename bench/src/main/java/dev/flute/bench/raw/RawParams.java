package dev.flute.bench.raw;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Hand-written parameter parsing with FastAPI's semantics: Starlette's query-string decoding (last
 * value of a repeated key wins, blank values kept, '+' is a space, bad escapes stay literal) and
 * pydantic's lax string-to-int conversion.
 */
final class RawParams {
    private RawParams() {}

    /**
     * Scans a raw (still encoded) query string once and stores, for each of {@code keys}, the
     * decoded value of its last occurrence into {@code out} (null when absent).
     */
    static void scanQuery(String query, String[] keys, String[] out) {
        if (query == null || query.isEmpty()) {
            return;
        }
        int len = query.length();
        int start = 0;
        while (start <= len) {
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? len : amp;
            if (end > start) {
                int eq = query.indexOf('=', start);
                int keyEnd = eq < 0 || eq > end ? end : eq;
                String key = decode(query, start, keyEnd);
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i].equals(key)) {
                        out[i] = keyEnd == end ? "" : decode(query, keyEnd + 1, end);
                        break;
                    }
                }
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
    }

    /** Python's {@code unquote_plus(s, errors='replace')} of {@code s[from:to]}. */
    static String decode(String s, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '+') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && hex(s, i + 1, to) >= 0) {
                bytes.write(hex(s, i + 1, to));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(String s, int at, int to) {
        if (at + 2 > to) {
            return -1;
        }
        int hi = Character.digit(s.charAt(at), 16);
        int lo = Character.digit(s.charAt(at + 1), 16);
        return hi < 0 || lo < 0 || s.charAt(at) > 0x7f || s.charAt(at + 1) > 0x7f ? -1 : (hi << 4) | lo;
    }

    /** Result marker for a string longer than pydantic's 4300-character integer limit. */
    static final Number TOO_LONG = new BigInteger("-1");

    /**
     * pydantic's lax {@code str -> int}: surrounding whitespace ignored, optional sign, then
     * digits; a fraction of zeros ({@code "5.00"}) or single underscores between digits are
     * accepted. Returns a {@link Long} or {@link BigInteger}, {@link #TOO_LONG}, or null when the
     * text is not an integer.
     */
    static Number parseInt(String raw) {
        String s = raw.strip();
        if (s.length() > 4300) {
            return TOO_LONG;
        }
        Number n = plainInt(s);
        if (n != null) {
            return n;
        }
        int dot = s.indexOf('.');
        if (dot >= 0) {
            for (int i = dot + 1; i < s.length(); i++) {
                if (s.charAt(i) != '0') {
                    return null;
                }
            }
            return plainInt(s.substring(0, dot));
        }
        if (s.indexOf('_') >= 0 && !s.startsWith("_") && !s.endsWith("_") && !s.contains("__")) {
            return plainInt(s.replace("_", ""));
        }
        return null;
    }

    private static Number plainInt(String s) {
        int len = s.length();
        int i = 0;
        if (len > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        if (i == len) {
            return null;
        }
        for (int j = i; j < len; j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        if (len - i <= 18) {
            return Long.parseLong(s);
        }
        BigInteger big = new BigInteger(s);
        return big.bitLength() < 64 ? (Number) big.longValue() : big;
    }

    /** {@code n >= bound} for a {@link Long} or {@link BigInteger}. */
    static boolean atLeast(Number n, long bound) {
        return n instanceof Long ? n.longValue() >= bound : ((BigInteger) n).compareTo(BigInteger.valueOf(bound)) >= 0;
    }

    /** {@code n <= bound} for a {@link Long} or {@link BigInteger}. */
    static boolean atMost(Number n, long bound) {
        return n instanceof Long ? n.longValue() <= bound : ((BigInteger) n).compareTo(BigInteger.valueOf(bound)) <= 0;
    }
}
