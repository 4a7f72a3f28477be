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
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!key.isEmpty() || !value.isEmpty()) out.put(key, value);
            }
        }
        return out;
    }
}
