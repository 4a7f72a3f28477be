package dev.flute.dsl.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Parses a query string the way Starlette does ({@code parse_qsl} keeping blank values): pairs
 * split on {@code &}, {@code +} is a space, a key without {@code =} has the value {@code ""},
 * malformed escapes stay literal and invalid UTF-8 becomes U+FFFD. Never throws; linear time.
 */
public final class QueryString {
    private QueryString() {}

    public static QueryParams parse(String query) {
        if (query == null || query.isEmpty()) return QueryParams.EMPTY;
        var params = new QueryParams.Builder();
        parse(query, params::add);
        return params.build();
    }

    /** Hands each decoded pair to {@code pair}, in order: for collecting them elsewhere (a form). */
    public static void parse(String query, BiConsumer<String, String> pair) {
        if (query == null) return;
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) end = query.length();
            if (end > start) {
                // Only within this pair: searching on would make a run of bare names quadratic.
                int eq = start;
                while (eq < end && query.charAt(eq) != '=') eq++;
                pair.accept(decode(query, start, eq), eq < end ? decode(query, eq + 1, end) : "");
            }
            start = end + 1;
        }
    }

    /** Decodes {@code s[from, to)}: {@code +} as space, {@code %XX} as a UTF-8 byte. */
    public static String decode(String s, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) plain = s.charAt(i) != '%' && s.charAt(i) != '+';
        if (plain) return s.substring(from, to);
        var bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%'
                    && i + 2 < to
                    && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                byte[] utf8 = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
