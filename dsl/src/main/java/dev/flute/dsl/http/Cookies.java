package dev.flute.dsl.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code Cookie} headers the lenient way browsers and Starlette do. */
public final class Cookies {
    private Cookies() {}

    /** Name to value; a later duplicate wins, pairs without {@code =} count as a value of "". */
    public static Map<String, String> parse(List<String> headers) {
        var out = new LinkedHashMap<String, String>();
        for (String header : headers) {
            for (String chunk : header.split(";")) {
                int eq = chunk.indexOf('=');
                String key = eq < 0 ? "" : chunk.substring(0, eq).strip();
                String value = (eq < 0 ? chunk : chunk.substring(eq + 1)).strip();
                if (!key.isEmpty() || !value.isEmpty()) out.put(key, unquote(value));
            }
        }
        return out;
    }

    /**
     * Python's {@code http.cookies._unquote}, the reverse of how {@link Cookie} quotes: a quoted value
     * loses its quotes, {@code \ooo} becomes that octal character and {@code \x} becomes {@code x}.
     */
    static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') return value;
        String inner = value.substring(1, value.length() - 1);
        if (inner.indexOf('\\') < 0) return inner;
        var out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 == inner.length()) {
                out.append(c);
            } else if (isOctal(inner, i + 1)) {
                out.append((char) Integer.parseInt(inner.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(inner.charAt(++i));
            }
        }
        return out.toString();
    }

    /** Three octal digits at {@code at}, the first 0 to 3 (one byte). */
    private static boolean isOctal(String s, int at) {
        return at + 3 <= s.length()
                && s.charAt(at) >= '0'
                && s.charAt(at) <= '3'
                && s.charAt(at + 1) >= '0'
                && s.charAt(at + 1) <= '7'
                && s.charAt(at + 2) >= '0'
                && s.charAt(at + 2) <= '7';
    }
}
